// Bury and suspend on the review screen are undoable (snackbar and Z), and suspended or buried cards
// come back from the card browser of study settings. Real server, real SQLite file, real Chromium.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import path from "node:path";
import { DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, SCREENSHOT_DIR, screenshot } from "./support/browser";
import { signUp, uniqueEmail } from "./support/accounts";
import { query } from "./support/db-query";

const baseURL = inject("baseURL");
const DECK = "/review/kubernetes-workloads";
const SMALL_PHONE: BrowserContextOptions = { ...PHONE, viewport: { width: 320, height: 640 } };
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

type Flags = { suspended: number; buriedUntil: string | null };
function flagsOf(email: string, cardId: string): Flags | null {
  const rows = query<Flags>(
    'SELECT s.suspended, s.buriedUntil FROM "CardState" s JOIN "User" u ON u.id = s.userId WHERE u.email = ? AND s.cardId = ?',
    email,
    cardId,
  );
  return rows[0] ?? null;
}
const undoneCount = (email: string) =>
  query<{ n: number }>(
    'SELECT count(*) AS n FROM "ReviewLog" l JOIN "User" u ON u.id = l.userId WHERE u.email = ? AND l.undoneAt IS NOT NULL',
    email,
  )[0].n;

/** The whole page, and the card browser alone (readable at full size), for people to look at. */
async function screenshotBrowser(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await page.locator("#cards").screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-list.png`) });
}

const currentCardId = async (page: Page) => (await page.getByTestId("card").getAttribute("data-card-id")) ?? "";

async function openReview(
  options: BrowserContextOptions,
  label: string,
  locale: "ja" | "en",
  colorScheme: "light" | "dark" = "light",
) {
  const context = await browser.newContext({ ...options, baseURL, colorScheme });
  if (locale === "en") await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  const page = await context.newPage();
  const email = uniqueEmail(label);
  await signUp(page, email);
  await page.goto(DECK);
  await page.getByTestId("card").waitFor();
  await page.locator('[data-session-ready="true"]').waitFor();
  return { context, page, email };
}

describe("undo of bury and suspend on the review screen", () => {
  it("at 390x844 (ja): bury then undo from the snackbar puts the card back on screen, in the queue and unburied on the server", async () => {
    const { context, page, email } = await openReview(PHONE, "bury-undo", "ja");
    const buried = await currentCardId(page);
    const counts = await page.getByTestId("counts").textContent();
    await page.getByRole("button", { name: "今日は出さない" }).tap();
    await expect.poll(() => currentCardId(page)).not.toBe(buried);
    const snackbar = page.getByTestId("undo-snackbar");
    expect(await snackbar.textContent()).toContain("このカードは今日は出しません");
    await expect.poll(() => flagsOf(email, buried)?.buriedUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "undo-snackbar-bury-ja-phone");

    await snackbar.getByRole("button", { name: "元に戻す" }).tap();
    await expect.poll(() => currentCardId(page)).toBe(buried);
    await snackbar.waitFor({ state: "detached" });
    expect(await page.getByTestId("counts").textContent()).toBe(counts);
    expect(flagsOf(email, buried)?.buriedUntil).toBeNull();

    await page.reload();
    await page.getByTestId("card").waitFor();
    expect(await currentCardId(page)).toBe(buried); // first in the queue again, where it was
    expect(flagsOf(email, buried)).toMatchObject({ buriedUntil: null, suspended: 0 });
    await context.close();
  });

  it("at desktop size (en): Z takes back the latest action first, and never types into the answer box", async () => {
    const { context, page, email } = await openReview(DESKTOP, "suspend-z", "en");
    // Rate with the keyboard until a typed card comes next: the rating key must not land in its box.
    let rated = 0;
    while (!(await page.locator("#typed-answer").count())) {
      expect(rated).toBeLessThan(30);
      const before = await currentCardId(page);
      await page.keyboard.press("Space");
      await page.locator('[data-rating="3"]').waitFor();
      await page.keyboard.press("3");
      await expect.poll(() => currentCardId(page)).not.toBe(before);
      rated++;
    }
    const typedCard = await currentCardId(page);
    expect(await page.locator("#typed-answer").inputValue()).toBe("");

    // Inside the answer box Z is a letter like any other.
    await page.locator("#typed-answer").focus();
    await page.keyboard.type("zZ");
    expect(await page.locator("#typed-answer").inputValue()).toBe("zZ");
    expect(await currentCardId(page)).toBe(typedCard);

    await page.getByRole("button", { name: "Suspend" }).click();
    await expect.poll(() => currentCardId(page)).not.toBe(typedCard);
    expect(await page.getByTestId("undo-snackbar").textContent()).toContain("Card suspended");
    await expect.poll(() => flagsOf(email, typedCard)?.suspended).toBe(1);
    await screenshot(page, "undo-snackbar-suspend-en-desktop");

    // The next card's answer box may have taken the focus: a keyboard user leaves it first, as for any shortcut.
    if (await page.evaluate(() => document.activeElement?.id === "typed-answer")) await page.keyboard.press("Tab");
    await page.keyboard.press("z");
    await expect.poll(() => currentCardId(page)).toBe(typedCard);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("typed-answer");
    expect(await page.locator("#typed-answer").inputValue()).toBe("");
    expect(flagsOf(email, typedCard)?.suspended).toBe(0);
    expect(undoneCount(email)).toBe(0); // the suspend was the latest action, not a rating

    if (rated > 0) {
      // Next latest: the rating before it.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press("Z");
      await expect.poll(() => undoneCount(email)).toBe(1);
      await expect.poll(() => currentCardId(page)).not.toBe(typedCard);
    }
    await context.close();
  });

  it("at 320x640 (en, dark): the snackbar fits and its Undo button works", async () => {
    const { context, page, email } = await openReview(SMALL_PHONE, "suspend-320", "en", "dark");
    const suspended = await currentCardId(page);
    await page.getByRole("button", { name: "Suspend" }).tap();
    const snackbar = page.getByTestId("undo-snackbar");
    await snackbar.waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const box = await snackbar.getByRole("button", { name: "Undo" }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, "undo-snackbar-suspend-en-320-dark");
    await snackbar.getByRole("button", { name: "Undo" }).tap();
    await expect.poll(() => currentCardId(page)).toBe(suspended);
    expect(flagsOf(email, suspended)?.suspended).toBe(0);
    await context.close();
  });
});

describe("the card browser of study settings", () => {
  it("at 390x844 (ja): suspend a card, find it in settings, unsuspend it there, and it is back in the queue", async () => {
    const { context, page, email } = await openReview(PHONE, "browser-ja", "ja");
    const suspended = await currentCardId(page);
    await page.getByRole("button", { name: "保留にする" }).tap();
    await expect.poll(() => flagsOf(email, suspended)?.suspended).toBe(1);
    // The next card must be on screen before it is read and buried (on a busy machine the write can land first).
    await expect.poll(() => currentCardId(page)).not.toBe(suspended);
    const buried = await currentCardId(page);
    await page.getByRole("button", { name: "今日は出さない" }).tap();
    await expect.poll(() => flagsOf(email, buried)?.buriedUntil ?? null).not.toBeNull();

    await page.goto("/settings?deck=kubernetes-workloads");
    const list = page.getByTestId("flagged-cards");
    const listed = async () =>
      (await list.locator("li").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-card-id") ?? ""))).sort();
    expect(await listed()).toEqual([suspended, buried].sort());
    await page.getByTestId("flagged-cards").scrollIntoViewIfNeeded();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshotBrowser(page, "card-browser-ja-phone");

    // The filter keeps to suspended cards; a search that matches nothing says so.
    await page.getByRole("link", { name: "保留", exact: true }).tap();
    await page.waitForURL(/filter=suspended/);
    expect(await listed()).toEqual([suspended]);
    await page.locator("#card-search").fill("どのカードにもない文字列");
    await page.getByRole("button", { name: "検索" }).tap();
    await page.getByText("該当するカードはありません。").waitFor();
    await page.goto("/settings?deck=kubernetes-workloads&filter=suspended");

    await list.locator(`li[data-card-id="${suspended}"]`).getByRole("button", { name: "保留を解除" }).tap();
    await page.getByTestId("card-browser-status").getByText("復習に戻しました。").waitFor();
    await list.waitFor({ state: "detached" }); // the only suspended card has left the filtered list
    expect(flagsOf(email, suspended)?.suspended).toBe(0);

    await page.goto(DECK);
    await page.getByTestId("card").waitFor();
    expect(await currentCardId(page)).toBe(suspended); // back in the queue, first as before
    await context.close();
  });

  it("at 320x640 (en, dark) and 390x844 (en): the list fits and Unbury works; a card restored elsewhere says so", async () => {
    for (const [options, colorScheme, name] of [
      [SMALL_PHONE, "dark", "card-browser-en-320-dark"],
      [PHONE, "light", "card-browser-en-phone"],
    ] as const) {
      const { context, page, email } = await openReview(options, "browser-en", "en", colorScheme);
      const buried = await currentCardId(page);
      await page.getByRole("button", { name: "Not today" }).tap();
      await expect.poll(() => flagsOf(email, buried)?.buriedUntil ?? null).not.toBeNull();
      await page.goto("/settings?deck=kubernetes-workloads&filter=buried");
      const row = page.getByTestId("flagged-cards").locator(`li[data-card-id="${buried}"]`);
      await row.scrollIntoViewIfNeeded();
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshotBrowser(page, name);
      // Another tab unburies it first: this page's Unbury then changes nothing and says so.
      const other = await context.newPage();
      await other.goto("/settings?deck=kubernetes-workloads&filter=buried");
      await other
        .getByTestId("flagged-cards")
        .locator(`li[data-card-id="${buried}"]`)
        .getByRole("button", { name: "Unbury" })
        .click();
      await other.getByText("Back in your reviews.").waitFor();
      await row.getByRole("button", { name: "Unbury" }).tap();
      await page.getByText("That card was already back.").waitFor();
      expect(flagsOf(email, buried)?.buriedUntil).toBeNull();
      await context.close();
    }
  });
});
