import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signUp, uniqueEmail } from "./support/accounts";
import { currentCardId, revealByTapping } from "./support/review-page";

const baseURL = inject("baseURL");
const dataDir = inject("dataDir");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

function logsOf(email: string): { total: number; undone: number } {
  const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT count(*) AS total, count("undoneAt") AS undone FROM "ReviewLog" JOIN "User" ON "User".id = "ReviewLog"."userId" WHERE "User".email = ?',
      )
      .get(email) as { total: number; undone: number };
  } finally {
    db.close();
  }
}

async function revealByKeyboard(page: Page): Promise<void> {
  if (await page.locator("#typed-answer").count()) {
    await page.locator("#typed-answer").focus();
    await page.keyboard.type("kubectl get pods");
    await page.keyboard.press("Enter");
  } else {
    await page.keyboard.press("Space");
  }
}

async function answerByTapping(page: Page, rating: number): Promise<void> {
  await revealByTapping(page);
  const button = page.locator(`[data-rating="${rating}"]`);
  await button.waitFor();
  const box = await button.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(48);
  const before = await currentCardId(page);
  // A double tap: the second lands where the button was; it must never record a second rating.
  const x = box!.x + box!.width / 2;
  const y = box!.y + box!.height / 2;
  await page.touchscreen.tap(x, y);
  await page.touchscreen.tap(x, y);
  await expect.poll(() => currentCardId(page).catch(() => "done")).not.toBe(before);
}

async function answerByKeyboard(page: Page, key: string): Promise<void> {
  const before = await currentCardId(page);
  await revealByKeyboard(page);
  await page.locator(`[data-rating="${key}"]`).waitFor();
  await page.keyboard.press(key);
  await expect.poll(() => currentCardId(page).catch(() => "done")).not.toBe(before);
}

describe("reviewing the built-in deck", () => {
  it("at 390x844: review 10 cards by tapping, undo one, finish", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    // Layout shifts not caused by the learner's own taps (Cumulative Layout Shift's definition).
    await context.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    const email = uniqueEmail("phone-review");
    await signUp(page, email);
    await page.locator('a[href="/review/kubernetes-workloads"]').first().tap();
    await page.getByTestId("card").waitFor();
    expect(await page.getByTestId("counts").textContent()).toContain("新規 20");
    await screenshot(page, "review-question-ja-phone");
    for (let i = 0; i < 10; i++) {
      await answerByTapping(page, i === 3 ? 1 : 3);
      if (i === 0) await screenshot(page, "review-after-first-ja-phone");
    }
    await expect.poll(() => logsOf(email).total).toBe(10);
    await page.getByRole("button", { name: "元に戻す" }).tap();
    await expect.poll(() => logsOf(email).undone).toBe(1);
    await revealByTapping(page);
    await page.locator('[data-rating="3"]').waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "review-answer-ja-phone");
    await page.getByRole("button", { name: "終了" }).tap();
    await page.getByTestId("summary").waitFor();
    expect(await page.getByTestId("reviewed-count").textContent()).toBe("9");
    // Ended early with cards still due: says so (not "next card at …") and offers to go on.
    expect(await page.getByTestId("summary").textContent()).toMatch(/今すぐ \d+ 枚/);
    await screenshot(page, "review-summary-ja-phone");
    await page.getByTestId("continue-session").tap();
    await page.getByTestId("card").waitFor();
    await page.getByRole("button", { name: "終了" }).tap();
    await page.getByTestId("summary").waitFor();
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.info(`cumulative layout shift over the session: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.1); // "good" in Core Web Vitals terms
    expect(logsOf(email)).toEqual({ total: 10, undone: 1 });
    await context.close();
  });

  it("at desktop size: the same with the keyboard only", async () => {
    const context = await browser.newContext({ ...DESKTOP, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("keyboard-review");
    await signUp(page, email);
    await page.goto("/review/kubernetes-workloads");
    await page.getByTestId("card").waitFor();
    for (let i = 0; i < 10; i++) await answerByKeyboard(page, i === 5 ? "1" : "3");
    await expect.poll(() => logsOf(email).total).toBe(10);
    if (await page.locator("#typed-answer").count()) await page.keyboard.press("Tab"); // leave the answer field, as a keyboard user would
    await page.keyboard.press("z");
    await expect.poll(() => logsOf(email).undone).toBe(1);
    await revealByKeyboard(page);
    await page.locator('[data-rating="3"]').waitFor();
    await screenshot(page, "review-answer-ja-desktop");
    await page.keyboard.press("Escape");
    await page.getByTestId("summary").waitFor();
    expect(await page.getByTestId("reviewed-count").textContent()).toBe("9");
    expect(logsOf(email)).toEqual({ total: 10, undone: 1 });
    await context.close();
  });
});

describe("study settings", () => {
  it("at 390x844: saves time zone, rollover, retention and the deck's daily limits", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("settings");
    await signUp(page, email);
    await page.goto("/settings?deck=kubernetes-workloads");
    await page.locator("#timeZone").selectOption("Europe/Berlin");
    await page.locator("#desiredRetention").fill("0.85");
    await page.locator("#newPerDay").fill("5");
    await page.getByRole("button", { name: "保存する" }).tap();
    await page.getByText("保存しました。").waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "settings-ja-phone");
    await page.goto("/review/kubernetes-workloads");
    await expect.poll(() => page.getByTestId("counts").textContent()).toContain("新規 5");
    await context.close();
  });
});

describe("review in English", () => {
  it("labels the buttons and their intervals in English", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
    const page = await context.newPage();
    await signUp(page, uniqueEmail("english"));
    await page.goto("/review/kubernetes-workloads");
    expect(await page.getByTestId("counts").textContent()).toContain("New 20");
    await answerByTapping(page, 3);
    await revealByTapping(page);
    const good = page.locator('[data-rating="3"]');
    await good.waitFor();
    expect(await good.textContent()).toMatch(/^\d+(\.\d+)?(m|h|d|mo|y)Good$/);
    await screenshot(page, "review-answer-en-phone");
    await context.close();
  });
});
