// Issue 13, must-show 2: a CSV imported from the import page lands in the deck's draft — added and
// updated by id, nothing removed, nothing published until "publish" — and removing the items the file
// lacks is an explicit opt-in that removes exactly the items it listed.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, PHONE, screenshot } from "./support/browser";
import { signIn } from "./support/accounts";
import { createInstructor } from "./support/instructor";
import { query } from "./support/db-query";

const baseURL = inject("baseURL");
const admin = inject("admin");
let browser: Browser;
let instructor: Awaited<ReturnType<typeof createInstructor>>;
let slug: string;

const HAND_WRITTEN = ["pods-share-ip", "init-runs-first", "rs-keeps-count", "sts-ordinal"];
const deckFile = (deckSlug: string) => `---
slug: ${deckSlug}
title: Hand-written deck
language: en
kubernetesVersion: "1.32"
sections:
  - id: general
    title: General
    notes: General
---
${HAND_WRITTEN.map(
  (id, i) => `
\`\`\`yaml item
id: ${id}
type: basic
section: general
front: Hand-written question ${i + 1}
back: Hand-written answer ${i + 1}
\`\`\`
`,
).join("")}`;

const draftIds = () => {
  const [row] = query<{ draft: string }>('SELECT draft FROM "Deck" WHERE slug = ?', slug);
  return (JSON.parse(row.draft) as { items: { id: string }[] }).items.map((item) => item.id);
};
const publishedItems = () =>
  query<{ key: string }>(
    'SELECT i.key FROM "Item" i JOIN "Deck" d ON d.id = i.deckId WHERE d.slug = ? AND i.retiredAt IS NULL',
    slug,
  )
    .map((r) => r.key)
    .sort();
const publishedVersion = () =>
  query<{ publishedVersion: number }>('SELECT publishedVersion FROM "Deck" WHERE slug = ?', slug)[0].publishedVersion;

async function upload(page: Page, name: string, csv: string) {
  await page.goto(`/instructor/decks/${slug}/import`);
  await page.locator("#import-files").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: /Preview|プレビュー/ }).click();
  await page.getByTestId("import-plan").waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  instructor = await createInstructor(baseURL, admin);
  slug = `handmade-${crypto.randomUUID().slice(0, 8)}`;
  const created = await instructor.session.fetch(`/api/v1/decks/${slug}/import?commit=true&file=deck.md`, {
    method: "POST",
    body: deckFile(slug),
    headers: { "content-type": "text/markdown", origin: baseURL },
  });
  expect(created.status, await created.clone().text()).toBe(200);
  expect(publishedItems()).toEqual([...HAND_WRITTEN].sort());
  expect(publishedVersion()).toBe(1);
}, 60_000);
afterAll(() => browser?.close());

describe("CSV import from the import page", () => {
  it("adds 3 rows to a deck of 4 in the draft, removes nothing and publishes nothing until publish; the opt-in removal removes exactly what it listed", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    await signIn(page, instructor.email, instructor.password);

    await upload(
      page,
      "three.csv",
      "front,back\nWhat keeps a Pod count?,A ReplicaSet\nWhich DNS policy ignores cluster DNS?,None\nWhat does a headless Service lack?,A cluster IP\n",
    );
    const missing = page.getByTestId("import-missing");
    await missing.waitFor();
    for (const id of HAND_WRITTEN) expect(await missing.textContent()).toContain(id);
    expect(await page.getByTestId("remove-missing").isChecked()).toBe(false);
    const commit = page.getByTestId("import-commit");
    // The commit button comes after the preview and its counts.
    const planBox = (await page.getByTestId("import-plan").boundingBox())!;
    const commitBox = (await commit.boundingBox())!;
    expect(commitBox.y).toBeGreaterThan(planBox.y);
    expect(await commit.textContent()).toMatch(/3/);
    await screenshot(page, "import-draft-preview-phone");
    await commit.click();
    await page
      .getByText(/draft|下書き/)
      .first()
      .waitFor();
    await expect.poll(() => draftIds().length).toBe(7);
    expect(draftIds().slice(0, 4)).toEqual(HAND_WRITTEN);
    expect(publishedItems()).toEqual([...HAND_WRITTEN].sort());
    expect(publishedVersion()).toBe(1);
    await screenshot(page, "import-draft-committed-phone");

    // Publishing is the separate step, on the deck page.
    await page.goto(`/instructor/decks/${slug}`);
    await page.getByRole("button", { name: /^(Publish|公開する)$/ }).click();
    await expect.poll(() => publishedVersion(), { timeout: 15_000 }).toBe(2);
    expect(publishedItems()).toHaveLength(7);

    // Opt-in removal: a file with one new row; the 7 draft items it lacks are listed; ticking the
    // box removes exactly those and keeps the new row.
    const before = draftIds();
    await upload(page, "one.csv", "front,back\nWhich index goes first when a StatefulSet scales down?,The highest\n");
    const listed = (await page.getByTestId("import-missing").locator("li").allTextContents()).map((text) =>
      text.split(" — ")[0].trim(),
    );
    expect(listed.sort()).toEqual([...before].sort());
    await page.getByTestId("remove-missing").check();
    await screenshot(page, "import-draft-remove-optin-phone");
    await page.getByTestId("import-commit").click();
    await expect.poll(() => draftIds().length).toBe(1);
    expect(draftIds().some((id) => before.includes(id))).toBe(false);
    expect(publishedVersion()).toBe(2);
    await context.close();
  }, 120_000);
});
