// Issue 17's feedback as a learner reads it on the quiz results page, in Japanese and in English:
// an extra flag that changes nothing (accepted, with a note), --dry-run (refused: nothing is
// started), and a one-letter slip in an identifier (a typo, with the right spelling).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { query } from "./support/db-query";
import { hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signUp, uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

// The answers given, by item: every question of these two sections of types typed and kubectl.
const GIVEN: Record<string, string> = {
  "pod-basics-kubectl-run": "kubectl run web --image=nginx:1.27 --dry-run=client",
  "pod-basics-get-wide": "kubectl get pods -o wide --request-timeout=5s",
  "dns-policy-default-value": "ClusterFrist",
  "dns-policy-hostnetwork": "ClusterFirstWithHostNte",
};

async function answerAll(page: Page, attemptId: string) {
  const [{ plan }] = query<{ plan: string }>(`SELECT plan FROM "QuizAttempt" WHERE id = ?`, attemptId);
  const itemIds = (JSON.parse(plan) as { questions: { itemId: string }[] }).questions.map((q) => q.itemId);
  const items = new Map(
    query<{ id: string; key: string; answer: string }>(
      `SELECT id, key, answer FROM "Item" WHERE id IN (${itemIds.map(() => "?").join(",")})`,
      ...itemIds,
    ).map((r) => [r.id, r]),
  );
  expect(itemIds.map((id) => items.get(id)!.key).sort()).toEqual(expect.arrayContaining(Object.keys(GIVEN).sort()));
  for (const [i, id] of itemIds.entries()) {
    const item = items.get(id)!;
    await page
      .getByLabel(/あなたの回答/)
      .fill(GIVEN[item.key] ?? (JSON.parse(item.answer) as { answer: string }).answer);
    await page.getByRole("button", { name: "回答する" }).tap();
    await page.getByTestId("answer-status").waitFor();
    if (i < itemIds.length - 1) await page.getByRole("button", { name: "次へ" }).tap();
  }
}

describe("grader feedback on the quiz results page at 390x844", () => {
  it("names the neutral flag, the preview-only flag and the typo, in Japanese and in English", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    await signUp(page, uniqueEmail("quiz-feedback"));
    await page.goto("/quiz?deck=kubernetes-workloads");
    for (const type of ["記述", "kubectl コマンド"]) await page.getByLabel(type, { exact: true }).check();
    for (const section of ["Pod の基本", "DNS ポリシー"]) await page.getByLabel(section, { exact: true }).check();
    await page.getByLabel("問題数").fill("50");
    await page.getByRole("button", { name: "開始する" }).tap();
    await page.getByTestId("quiz").waitFor();
    await answerAll(page, page.url().split("/quiz/")[1]);
    await page.getByRole("button", { name: "終了して採点" }).tap();
    await page.waitForURL(/\/results$/);

    const text = async () => (await page.locator("main").innerText()).replace(/\s+/g, " ");
    const ja = await text();
    expect(ja).toContain("--request-timeout=5s はコマンドの結果を変えないので、付けても正解です");
    expect(ja).toContain("--dry-run=client: 変更を試すだけで、Pod は起動しません");
    expect(ja).toContain("打ち間違いでは？ 正しくは ClusterFirst");
    expect(ja).toContain("打ち間違いでは？ 正しくは ClusterFirstWithHostNet");
    expect(ja).not.toMatch(/feedbackCodes|\{flag\}|\{expected\}/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "quiz-feedback-results-ja-phone");

    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
    await page.reload();
    const en = await text();
    expect(en).toContain("Accepted: --request-timeout=5s does not change what the command does");
    expect(en).toContain("--dry-run=client: this only previews the change; no Pod is started");
    expect(en).toContain("Typo: did you mean ClusterFirst?");
    expect(en).not.toMatch(/feedbackCodes|\{flag\}|\{expected\}/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "quiz-feedback-results-en-phone");
    await context.close();
  });
});
