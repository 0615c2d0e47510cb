// Issue 13: after sign-in, "/" is the learner's deck list (Anki's): each deck with today's new,
// learning and review counts — the counts its review screen starts with — and a Study button.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signUp, uniqueEmail } from "./support/accounts";
import { query } from "./support/db-query";

const baseURL = inject("baseURL");
const BUILT_IN = "kubernetes-workloads";
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const deckRow = (page: Page) => page.locator(`[data-testid="home-deck"][data-deck="${BUILT_IN}"]`);
const count = (page: Page, kind: string) => deckRow(page).locator(`[data-count="${kind}"]`).textContent();

/** The heatmap's month labels: how many are shown, and those shown but cut by the scroll box's edges. */
function monthLabels(page: Page): Promise<{ shown: number; clipped: string[] }> {
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid="heatmap-scroll"]')!.getBoundingClientRect();
    const shown = [...document.querySelectorAll<SVGTextElement>(".heatmap-months text")].filter(
      (text) => getComputedStyle(text).visibility !== "hidden",
    );
    const cut = shown.filter((text) => {
      const rect = text.getBoundingClientRect();
      return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
    });
    return { shown: shown.length, clipped: cut.map((text) => text.textContent ?? "") };
  });
}

describe("the signed-in home page", () => {
  it("lists the built-in deck with today's counts; Study opens its review and the counts follow the answers", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("home-decks");
    await signUp(page, email);
    expect(await page.locator("h1").textContent()).toBe("あなたのデッキ");
    // A new learner: the daily new-card limit (20 by default) of a deck with more new cards than that.
    expect(await count(page, "new")).toBe("20");
    expect(await count(page, "learning")).toBe("0");
    expect(await count(page, "review")).toBe("0");
    // The total is every listed deck's (other tests may have made more decks public).
    const all = (await page.locator("[data-count]").allTextContents()).reduce((sum, n) => sum + Number(n), 0);
    expect(await page.getByTestId("home-due-total").textContent()).toBe(`今日は残り ${all} 枚です。`);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "home-decks-ja-phone");

    const title = (await deckRow(page).locator("p").first().textContent())!;
    await page.getByRole("link", { name: `${title} を復習する` }).tap();
    await page.waitForURL(`**/review/${BUILT_IN}`);
    const card = page.getByTestId("card");
    await card.waitFor();
    const cardId = (await card.getAttribute("data-card-id"))!;
    if (await page.locator("#typed-answer").count()) {
      await page.locator("#typed-answer").fill("kubectl get pods");
      await page.getByRole("button", { name: /採点する/ }).tap();
    } else {
      await card.tap();
    }
    await page.locator('[data-rating="3"]').tap();
    const [{ id: userId }] = query<{ id: string }>('SELECT id FROM "User" WHERE email = ?', email);
    await expect
      .poll(() => query('SELECT reps FROM "CardState" WHERE userId = ? AND cardId = ?', userId, cardId))
      .toEqual([{ reps: 1 }]);

    await page.goto("/");
    expect(await count(page, "new")).toBe("19");

    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
    await page.reload();
    expect(await page.locator("h1").textContent()).toBe("Your decks");
    await page.getByRole("link", { name: `Study ${title}` }).waitFor();
    await screenshot(page, "home-decks-en-phone");
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "home-decks-en-320");
    await context.clearCookies({ name: "NEXT_LOCALE" });
    await page.reload();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "home-decks-ja-320");

    // The dashboard's heatmap at 320 and 390: every month label it shows is whole inside its scroll box.
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto("/dashboard");
      await expect.poll(() => monthLabels(page)).toMatchObject({ clipped: [] });
      expect((await monthLabels(page)).shown).toBeGreaterThan(3);
      await page.getByTestId("heatmap-scroll").screenshot({ path: `tests/.tmp/screenshots/heatmap-ja-${width}.png` });
    }
    await context.close();
  });

  it("uses the desktop width and keeps the marketing page for signed-out visitors", async () => {
    const context = await browser.newContext({ ...DESKTOP, baseURL });
    const page = await context.newPage();
    await page.goto("/");
    expect(await page.locator("h1").textContent()).toContain("Kubernetes");
    expect(await page.getByTestId("home-deck").count()).toBe(0);
    await signUp(page, uniqueEmail("home-desk"));
    await deckRow(page).waitFor();
    expect(await count(page, "new")).toBe("20");
    await screenshot(page, "home-decks-ja-desktop");
    await context.close();
  });
});
