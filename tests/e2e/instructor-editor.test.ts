// The instructor's whole loop in a phone-sized browser: create a deck, write one item of every type
// in the editor (checking the live preview), publish, share it with a class; a learner joins and
// reviews it; a minor edit to the reviewed item is published and the learner's state is unchanged.
import { query } from "./support/db-query";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signIn, signUp, uniqueEmail } from "./support/accounts";
import { createInstructor } from "./support/instructor";

const baseURL = inject("baseURL");
const admin = inject("admin");
const SLUG = "e2e-editor-deck";
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** One valid item of every type, as the editor's form fields. */
const ITEMS: { type: string; id: string; fields: Record<string, string>; expectInPreview: string }[] = [
  {
    type: "basic",
    id: "e2e-basic",
    fields: { front: "同じ Pod のコンテナ同士はどのアドレスで通信する？", back: "`localhost`" },
    expectInPreview: "localhost",
  },
  {
    type: "cloze",
    id: "e2e-cloze",
    fields: { text: "Deployment は {{c1::ReplicaSet}} を通じて Pod を管理する" },
    expectInPreview: "ReplicaSet",
  },
  {
    type: "typed",
    id: "e2e-typed",
    fields: { prompt: "Pod の数を一定に保つリソースは？", answer: "ReplicaSet" },
    expectInPreview: "Pod の数を一定に保つ",
  },
  {
    type: "choice",
    id: "e2e-choice",
    fields: { prompt: "Deployment の既定の更新戦略は？", options: "* RollingUpdate\nRecreate\nOnDelete" },
    expectInPreview: "既定の更新戦略",
  },
  {
    type: "truefalse",
    id: "e2e-truefalse",
    fields: { statement: "StatefulSet を縮小すると、序数の大きい Pod から削除される。" },
    expectInPreview: "序数の大きい",
  },
  {
    type: "ordering",
    id: "e2e-ordering",
    fields: { prompt: "StatefulSet web（3 レプリカ）が作る Pod の順は？", steps: "web-0\nweb-1\nweb-2" },
    expectInPreview: "作る Pod の順",
  },
  {
    type: "kubectl",
    id: "e2e-kubectl",
    fields: {
      prompt: "Deployment web を 3 レプリカにするコマンドは？",
      answer: "kubectl scale deployment web --replicas=3",
    },
    expectInPreview: "kubectl scale deployment web",
  },
  {
    type: "manifest",
    id: "e2e-manifest",
    fields: {
      prompt: "レプリカ 3 の Deployment web を書く",
      kind: "Deployment",
      apiVersion: "apps/v1",
      solution:
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
      checks: "- path: spec.replicas\n  equals: 3\n",
    },
    expectInPreview: "レプリカ 3 の Deployment",
  },
];

async function writeItem(page: Page, item: (typeof ITEMS)[number]) {
  await page.goto(`/instructor/decks/${SLUG}/items?type=${item.type}&section=general`);
  await page.locator("#field-id").fill(item.id);
  for (const [name, value] of Object.entries(item.fields)) await page.locator(`#field-${name}`).fill(value);
  const preview = page.getByTestId("item-preview");
  await expect.poll(() => preview.textContent()).toContain(item.expectInPreview);
  expect(await page.getByTestId("preview-errors").count()).toBe(0);
  if (item.type === "basic") await screenshot(page, "editor-basic-item-phone");
  await page.getByRole("button", { name: "下書きに保存" }).tap();
  await page.waitForURL(new RegExp(`/instructor/decks/${SLUG}\\?saved=`));
}

describe("instructor editor → class → learner review → minor edit", () => {
  it("keeps the learner's progress on a reviewed item through a minor edit", async () => {
    const instructor = await createInstructor(baseURL, admin);
    const teacher = await browser.newContext({ ...PHONE, baseURL });
    const page = await teacher.newPage();
    await signIn(page, instructor.email, instructor.password);
    await page.getByRole("link", { name: "講師" }).tap();
    await page.locator("#title").fill("E2E ワークロード");
    await page.locator("#slug").fill(SLUG);
    await page.locator("#sectionTitle").fill("ワークロード");
    await page.getByRole("button", { name: "デッキを作る" }).tap();
    await page.waitForURL(`**/instructor/decks/${SLUG}`);

    // A field error is shown next to its field, from the parser's own rules.
    await page.goto(`/instructor/decks/${SLUG}/items?type=kubectl&section=general`);
    await page.locator("#field-id").fill("e2e-bad");
    await page.locator("#field-prompt").fill("?");
    await page.locator("#field-answer").fill("kubectl scale deployment web --replicas");
    await expect.poll(() => page.locator("#field-answer-error").count()).toBe(1);

    for (const item of ITEMS) await writeItem(page, item);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "editor-deck-phone");
    await page.getByRole("button", { name: "公開する" }).tap();
    await page.getByText("公開しました。").waitFor();
    expect(query('SELECT publishedVersion, isPublished FROM "Deck" WHERE slug = ?', SLUG)).toEqual([
      { publishedVersion: 1, isPublished: 1 },
    ]);
    expect(
      query<{ type: string }>(
        'SELECT i.type FROM "Item" i JOIN "Deck" d ON d.id = i.deckId WHERE d.slug = ? ORDER BY i.position',
        SLUG,
      ).map((r) => r.type),
    ).toEqual(ITEMS.map((i) => i.type));

    await page.goto("/instructor/classes");
    await page.locator("#name").fill("E2E クラス");
    await page.getByRole("button", { name: "作成する" }).tap();
    await page.waitForURL("**/instructor/classes/*");
    await page.getByRole("checkbox", { name: /E2E ワークロード/ }).check();
    await page.getByRole("button", { name: "デッキを保存" }).tap();
    await page.getByText("保存しました。").waitFor();
    const invite = await page.locator("#invite-url").inputValue();

    const learnerContext = await browser.newContext({ ...PHONE, baseURL });
    const learner = await learnerContext.newPage();
    const learnerEmail = uniqueEmail("class-learner");
    await signUp(learner, learnerEmail);
    await learner.goto(invite);
    await learner.getByRole("button", { name: "このクラスに参加する" }).tap();
    await learner.waitForURL(`${baseURL}/`);
    // The signed-in home lists the class's deck with its counts; its Study link names the deck.
    await learner.getByRole("link", { name: "E2E ワークロード を復習する" }).tap();
    await learner.waitForURL(`**/review/${SLUG}`);
    const card = learner.getByTestId("card");
    await card.waitFor();
    const cardId = (await card.getAttribute("data-card-id"))!;
    expect(cardId).toBe(`${SLUG}:e2e-basic#1`);
    await card.tap();
    await learner.locator('[data-rating="3"]').tap();
    const [{ id: learnerId }] = query<{ id: string }>('SELECT id FROM "User" WHERE email = ?', learnerEmail);
    await expect
      .poll(() => query('SELECT reps FROM "CardState" WHERE userId = ? AND cardId = ?', learnerId, cardId))
      .toEqual([{ reps: 1 }]);
    const before = query('SELECT * FROM "CardState" WHERE userId = ? AND cardId = ?', learnerId, cardId);

    // The instructor sees the learner on the roster, then fixes the wording: a minor change.
    await page.reload();
    await page.getByText(learnerEmail).first().waitFor();
    await page.goto(`/instructor/decks/${SLUG}/items?key=e2e-basic`);
    await page.locator("#field-front").fill("同じ Pod 内のコンテナ同士は、どのアドレスで通信する？");
    await expect.poll(() => page.getByTestId("item-preview").textContent()).toContain("同じ Pod 内のコンテナ同士は");
    await page.getByRole("button", { name: "下書きに保存" }).tap();
    await page.waitForURL(new RegExp(`/instructor/decks/${SLUG}\\?saved=`));
    expect(await page.getByTestId("publish-summary").textContent()).toContain("変更 1");
    await page.getByRole("button", { name: "公開する" }).tap();
    await page.getByText("公開しました。").waitFor();
    expect(query('SELECT publishedVersion FROM "Deck" WHERE slug = ?', SLUG)).toEqual([{ publishedVersion: 2 }]);
    expect(query('SELECT * FROM "CardState" WHERE userId = ? AND cardId = ?', learnerId, cardId)).toEqual(before);

    await page.goto(`/instructor/decks/${SLUG}/versions?from=1&to=2`);
    await page.getByText("e2e-basic — 変更").waitFor();
    await screenshot(page, "editor-versions-phone");
    const desk = await browser.newContext({ ...DESKTOP, baseURL });
    const deskPage = await desk.newPage();
    await signIn(deskPage, instructor.email, instructor.password);
    await deskPage.goto(`/instructor/decks/${SLUG}/items?key=e2e-manifest`);
    await expect.poll(() => deskPage.getByTestId("item-preview").textContent()).toContain("レプリカ 3 の Deployment");
    await screenshot(deskPage, "editor-manifest-desktop");
    await Promise.all([teacher.close(), learnerContext.close(), desk.close()]);
  });
});
