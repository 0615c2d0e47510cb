// Issue 13: the item editor shows no error before the instructor has typed in or left a field,
// speaks the UI's language, and makes a new item's id from its text (editable; existing ids stay).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signIn } from "./support/accounts";
import { createInstructor } from "./support/instructor";
import { query } from "./support/db-query";

const baseURL = inject("baseURL");
const admin = inject("admin");
let browser: Browser;
let instructor: Awaited<ReturnType<typeof createInstructor>>;
let slug: string;

const deckFile = (deckSlug: string) => `---
slug: ${deckSlug}
title: Editor form deck
language: en
kubernetesVersion: "1.32"
sections:
  - id: general
    title: General
    notes: General
---

\`\`\`yaml item
id: basic-1
type: basic
section: general
front: Which address do containers of one Pod share?
back: localhost
\`\`\`
`;

beforeAll(async () => {
  browser = await launchBrowser();
  instructor = await createInstructor(baseURL, admin);
  slug = `editor-form-${crypto.randomUUID().slice(0, 8)}`;
  const created = await instructor.session.fetch(`/api/v1/decks/${slug}/import?commit=true&file=deck.md`, {
    method: "POST",
    body: deckFile(slug),
    headers: { "content-type": "text/markdown", origin: baseURL },
  });
  expect(created.status, await created.clone().text()).toBe(200);
}, 60_000);
afterAll(() => browser?.close());

const shownErrors = (page: Page) => page.locator('[id^="field-"][id$="-error"]');

/** Opens a new basic item and waits for the first preview answer, which already holds the empty form's errors. */
async function openNewItem(page: Page): Promise<void> {
  const previewed = page.waitForResponse((r) => r.url().endsWith("/draft/preview"));
  await page.goto(`/instructor/decks/${slug}/items?type=basic&section=general`);
  await previewed;
}

async function signedInContext(
  device: typeof PHONE,
  locale: "ja" | "en",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...device, baseURL });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, instructor.email, instructor.password);
  return { context, page };
}

describe.each([
  [
    "ja",
    "半角英小文字・数字・ハイフンで 3〜80 文字にしてください。",
    "入力してください。",
    "赤字の項目を直してください。",
    "下書きに保存",
  ],
  [
    "en",
    "Use 3–80 characters of a-z, 0-9 and -.",
    "Fill in this field.",
    "Fix the fields marked in red.",
    "Save to draft",
  ],
] as const)("the item editor in %s", (locale, idError, requiredError, fixErrors, save) => {
  it("shows no error on a fresh form, then each field's error once it is typed in or left, in the UI's language", async () => {
    const { context, page } = await signedInContext(PHONE, locale);
    await openNewItem(page);
    expect(await shownErrors(page).count()).toBe(0);
    expect(await page.getByTestId("preview-errors").count()).toBe(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    // The deck already has basic-1; the generated id takes the next number.
    expect(await page.locator("#field-id").inputValue()).toBe("basic-2");
    await screenshot(page, `editor-fresh-${locale}-phone`);

    await page.locator("#field-id").fill("Bad Id!");
    await expect.poll(() => page.locator("#field-id-error").textContent()).toBe(idError);
    expect(await page.locator("#field-back-error").count()).toBe(0);
    await page.locator("#field-back").focus();
    await page.locator("#field-back").blur();
    await expect.poll(() => page.locator("#field-back-error").textContent()).toBe(requiredError);
    expect(await page.locator("#field-front-error").count()).toBe(0);
    const preview = (await page.getByTestId("preview-errors").textContent()) ?? "";
    expect(preview).toContain(idError);
    if (locale === "ja") expect(preview).not.toMatch(/must|required|characters/);

    // Saving shows every field's error, front included.
    await page.getByRole("button", { name: save }).tap();
    await page.getByText(fixErrors).waitFor();
    await expect.poll(() => page.locator("#field-front-error").textContent()).toBe(requiredError);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, `editor-errors-${locale}-phone`);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, `editor-errors-${locale}-320`);
    await context.close();
  });
});

describe("a new item's id", () => {
  it("follows the front text until edited, is saved as shown, and an existing item keeps its id", async () => {
    const { context, page } = await signedInContext(DESKTOP, "ja");
    await openNewItem(page);
    await page.locator("#field-front").fill("What does `kubectl get pods -o wide` add?");
    await expect.poll(() => page.locator("#field-id").inputValue()).toBe("basic-what-does-kubectl-get-pods");
    await page.locator("#field-id").fill("pods-wide-output");
    await page.locator("#field-front").fill("What does `kubectl get pods -o wide` show in addition?");
    await page.locator("#field-back").fill("The node and the Pod IP");
    await expect.poll(() => page.getByTestId("item-preview").textContent()).toContain("The node and the Pod IP");
    expect(await page.locator("#field-id").inputValue()).toBe("pods-wide-output");
    await screenshot(page, "editor-generated-id-ja-desktop");
    await page.getByRole("button", { name: "下書きに保存" }).click();
    await page.waitForURL(/\?saved=pods-wide-output/);
    const [{ draft }] = query<{ draft: string }>('SELECT draft FROM "Deck" WHERE slug = ?', slug);
    expect((JSON.parse(draft) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([
      "basic-1",
      "pods-wide-output",
    ]);

    await page.goto(`/instructor/decks/${slug}/items?key=basic-1`);
    await page.locator("#field-front").fill("Which address do the containers of one Pod share with each other?");
    await expect.poll(() => page.getByTestId("item-preview").textContent()).toContain("share with each other");
    expect(await page.locator("#field-id").inputValue()).toBe("basic-1");
    expect(await shownErrors(page).count()).toBe(0);
    await context.close();
  });
});
