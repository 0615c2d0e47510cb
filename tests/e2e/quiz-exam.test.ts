// The timed exam as an exam simulator: answers are saved as they are chosen (no send button),
// can be changed, the question list marks answered and flagged ones, warnings come at 5 and 1
// minutes, "finish" names the unanswered count, and at 0:00 everything chosen is graded.
// The page's clock is Playwright's fake clock; the server keeps real time (its deadline is later).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { query } from "./support/db-query";
import { hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signInAgainFromExpiredNotice, signUp, uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

async function pick(page: Page, position: number, label: "正しい" | "誤り") {
  await page.getByTestId("question-list").getByRole("button").nth(position).tap();
  await page.getByRole("radio", { name: label }).tap();
}

describe("timed exam at 390x844", () => {
  it("keeps every chosen answer, warns at 5 and 1 minutes, confirms finishing, grades all at 0:00", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    await signUp(page, uniqueEmail("exam"));
    await page.clock.install();
    await page.goto("/quiz?deck=kubernetes-workloads");
    await page.getByLabel("正誤", { exact: true }).check();
    await page.getByLabel("問題数").fill("4");
    await page.getByLabel(/本番形式/).check();
    expect(await page.getByTestId("time-limit").textContent()).toContain("制限時間: 6 分");
    await page.getByRole("button", { name: "開始する" }).tap();
    await page.getByTestId("quiz").waitFor();
    const attemptId = page.url().split("/quiz/")[1];
    expect(await page.getByRole("button", { name: "回答する" }).count()).toBe(0);

    await pick(page, 0, "正しい");
    await pick(page, 1, "正しい");
    await page.getByTestId("flag").tap();
    await pick(page, 2, "誤り");
    const marks = page.getByTestId("question-list").getByRole("button");
    expect(
      await marks.evaluateAll((list) =>
        list.map((b) => `${b.getAttribute("data-answered")}/${b.getAttribute("data-flagged")}`),
      ),
    ).toEqual(["true/false", "true/true", "true/false", "false/false"]);
    await page.getByTestId("save-state").filter({ hasText: "すべて保存済み" }).waitFor();
    await screenshot(page, "quiz-exam-ja-phone");
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await page.getByRole("button", { name: "終了して採点" }).tap();
    const dialog = page.getByTestId("finish-dialog");
    await dialog.waitFor();
    expect(await dialog.getByTestId("unanswered-count").textContent()).toBe("未回答が 1 問あります: 4");
    await screenshot(page, "quiz-exam-finish-ja-phone");
    await dialog.getByRole("button", { name: "回答を続ける" }).tap();
    await dialog.waitFor({ state: "hidden" });

    await page.clock.fastForward("01:01");
    await page.locator('[data-testid="time-warning"][data-minutes="5"]').waitFor();
    expect(await page.getByTestId("time-warning").textContent()).toContain("残り 5 分です");
    await page.clock.fastForward("04:00");
    await page.locator('[data-testid="time-warning"][data-minutes="1"]').waitFor();
    await screenshot(page, "quiz-exam-warning-ja-phone");

    // Changed at the last moment and not yet saved: time running out must still count it.
    await pick(page, 0, "誤り");
    await page.clock.fastForward("01:00");
    await page.waitForURL(/\/results$/, { timeout: 20_000 });
    const verdicts = await page
      .getByTestId("result-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-verdict")));
    expect(verdicts).toHaveLength(4);
    expect(verdicts.slice(0, 3)).not.toContain("unanswered");
    expect(verdicts[3]).toBe("unanswered");
    expect(await page.getByTestId("own-answer").first().textContent()).toContain("誤り");
    await screenshot(page, "quiz-exam-results-ja-phone");

    const stored = query<{ n: number; finished: number }>(
      `SELECT (SELECT count(*) FROM "QuizAnswer" WHERE attemptId = ?) AS n, (SELECT count(*) FROM "QuizAttempt" WHERE id = ? AND finishedAt IS NOT NULL) AS finished`,
      attemptId,
      attemptId,
    )[0];
    expect(stored).toEqual({ n: 3, finished: 1 });
    await context.close();
  });

  it("an expired session mid-exam says so, keeps the answer on the device, and saves it after signing in again on the same screen", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("exam-expired");
    await signUp(page, email);
    await page.goto("/quiz?deck=kubernetes-workloads");
    await page.getByLabel("正誤", { exact: true }).check();
    await page.getByLabel("問題数").fill("2");
    await page.getByLabel(/本番形式/).check();
    await page.getByRole("button", { name: "開始する" }).tap();
    await page.getByTestId("quiz").waitFor();
    const attemptId = page.url().split("/quiz/")[1];
    await pick(page, 0, "正しい");
    await page.getByTestId("save-state").filter({ hasText: "すべて保存済み" }).waitFor();

    await context.clearCookies(); // the session is gone, as after expiry
    await pick(page, 1, "誤り");
    const said = await signInAgainFromExpiredNotice(page, email, `/quiz/${attemptId}`, (p) =>
      screenshot(p, "quiz-exam-expired-ja-phone"),
    );
    expect(said).toContain("サインインの有効期限が切れました");
    await page.getByTestId("save-state").filter({ hasText: "すべて保存済み" }).waitFor();
    // The answer kept on the device is sent as the page comes back.
    await expect
      .poll(() => query<{ n: number }>(`SELECT count(*) AS n FROM "QuizAnswer" WHERE attemptId = ?`, attemptId)[0].n)
      .toBe(2);
    await context.close();
  });

  it("counts down by the server's clock when the phone's clock is 10 minutes fast", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    await signUp(page, uniqueEmail("exam-skew"));
    await page.clock.install({ time: Date.now() + 10 * 60_000 });
    await page.goto("/quiz?deck=kubernetes-workloads");
    await page.getByLabel("正誤", { exact: true }).check();
    await page.getByLabel("問題数").fill("4");
    await page.getByLabel(/本番形式/).check();
    await page.getByRole("button", { name: "開始する" }).tap();
    await page.getByTestId("quiz").waitFor();
    await page.clock.fastForward("00:02");
    expect(await page.getByRole("timer").textContent()).toMatch(/残り 5:5\d/);
    expect(await page.getByTestId("time-up").count()).toBe(0);
    await context.close();
  });
});
