import { query } from "./support/db-query";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signUp, uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** Answers the question on screen: typed and kubectl ones wrongly on purpose, the rest as they come. */
async function answer(page: Page): Promise<string> {
  const type = (await page.locator("[data-question-type]").getAttribute("data-question-type"))!;
  if (type === "typed" || type === "kubectl")
    await page.getByLabel(/あなたの回答/).fill(type === "kubectl" ? "kubectl get nodes" : "わからない");
  if (type === "choice") await page.locator("fieldset label").first().tap();
  if (type === "truefalse") await page.getByRole("radio", { name: "正しい" }).tap();
  await page.getByRole("button", { name: "回答する" }).tap();
  await page.getByTestId("answer-status").waitFor();
  return type;
}

describe("quiz at 390x844", () => {
  it("a 10-question quiz of mixed types, its results, then 'review my misses' puts those cards in today's queue", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("quiz");
    await signUp(page, email);
    await page.locator('a[href="/quiz?deck=kubernetes-workloads"]').tap();
    for (const type of ["記述", "選択", "正誤", "並べ替え", "kubectl コマンド"])
      await page.getByLabel(type, { exact: true }).check();
    await screenshot(page, "quiz-setup-ja-phone");
    await page.getByRole("button", { name: "開始する" }).tap();
    await page.getByTestId("quiz").waitFor();
    const attemptId = page.url().split("/quiz/")[1];

    const types = new Set<string>();
    for (let i = 0; i < 10; i++) {
      expect(await page.getByTestId("progress").textContent()).toBe(`${i + 1} / 10 問`);
      types.add(await answer(page));
      if (i === 0) {
        // Practice tells at once: the correct answer (and why) under the verdict.
        await page.getByTestId("practice-correct").waitFor();
        await screenshot(page, "quiz-question-ja-phone");
      }
      if (i < 9) await page.getByRole("button", { name: "次へ" }).tap();
    }
    expect(types.size).toBeGreaterThanOrEqual(4);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await page.getByRole("button", { name: "終了して採点" }).tap();
    await page.waitForURL(/\/results$/);
    expect(await page.getByTestId("result-row").count()).toBe(10);
    expect(await page.getByTestId("own-answer").count()).toBe(10);
    await screenshot(page, "quiz-results-ja-phone");

    const missedCards = query<{ id: string }>(
      `SELECT c.id FROM "QuizAnswer" a JOIN "Card" c ON c.itemId = a.itemId WHERE a.attemptId = ? AND a.verdict != 'correct' AND c.retiredAt IS NULL`,
      attemptId,
    ).map((r) => r.id);
    expect(missedCards.length).toBeGreaterThan(0); // typed and kubectl questions were answered wrongly
    await page.getByRole("button", { name: "間違えたカードを今日復習する" }).tap();
    await page.waitForURL(/\/review\/kubernetes-workloads$/);
    await page.getByTestId("card").waitFor();
    expect(missedCards).toContain(await page.getByTestId("card").getAttribute("data-card-id"));
    const today = query<{ n: number }>(
      `SELECT count(*) AS n FROM "CardState" WHERE userId = (SELECT id FROM "User" WHERE email = ?) AND cardId IN (${missedCards.map(() => "?").join(",")}) AND priorityDay IS NOT NULL`,
      email,
      ...missedCards,
    )[0];
    expect(today.n).toBe(missedCards.length);
    await context.close();
  });
});
