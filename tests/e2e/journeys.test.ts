// Issue 13, must-show 5: every main journey — learner review, quiz practice and exam, dashboard,
// instructor deck, editor, import and versions — at 320, 390 and 1280 px, in Japanese and English,
// light and dark, screenshotted for a person to look at (tests/.tmp/screenshots/journey-*). What a
// machine can check on each screen is checked: no sideways scrolling, no literal HTML tag, cloze
// syntax, Markdown heading or raw message key in the visible text, and the page in the right language.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchBrowser, screenshot } from "./support/browser";
import { createFixtures, openContext, type Fixtures, type Role } from "./support/accessibility-fixtures";
import { waitForHydration } from "./support/settle";
import { textProblems } from "../support/visible-problems";

const baseURL = inject("baseURL");
const admin = inject("admin");
let browser: Browser;
let fixtures: Fixtures;

type Variant = { name: string; locale: "ja" | "en"; options: BrowserContextOptions };
// Dark mode at the phone size only: colours do not depend on the width, and each variant costs
// about 8 s of the CI budget.
const SIZES = [
  { name: "320", viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, schemes: ["light"] },
  { name: "390", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, schemes: ["light", "dark"] },
  { name: "1280", viewport: { width: 1280, height: 800 }, schemes: ["light"] },
] as const;
const VARIANTS: Variant[] = SIZES.flatMap(({ name, schemes, ...size }) =>
  (["ja", "en"] as const).flatMap((locale) =>
    schemes.map((colorScheme) => ({
      name: `${locale}-${name}-${colorScheme}`,
      locale,
      options: { ...size, deviceScaleFactor: 1, colorScheme, serviceWorkers: "block" as const },
    })),
  ),
);

beforeAll(async () => {
  browser = await launchBrowser();
  fixtures = await createFixtures(browser, baseURL, admin);
}, 120_000);
afterAll(() => browser?.close());

/** Looks at the screen as the checks can: then keeps a screenshot for a person to look at. */
async function look(page: Page, variant: Variant, screen: string): Promise<void> {
  // Against the width the phone really has: a mobile browser widens its layout viewport (and
  // window.innerWidth) to fit content that is too wide, which would hide the overflow from the check.
  const width = page.viewportSize()!.width;
  const seen = await page.evaluate(
    (viewportWidth) => ({
      text: document.body.innerText,
      overflow: document.documentElement.scrollWidth > viewportWidth + 1,
      lang: document.documentElement.lang,
    }),
    width,
  );
  expect(textProblems(seen.text), `${screen} @ ${variant.name}`).toEqual([]);
  expect(seen.overflow, `${screen} @ ${variant.name} scrolls sideways`).toBe(false);
  expect(seen.lang).toBe(variant.locale);
  // Below-the-fold cards skip rendering until scrolled to (content-visibility: auto); a full-page
  // screenshot never scrolls, so they are made visible for the picture only.
  await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
  await screenshot(page, `journey-${screen}-${variant.name}`);
}

async function open(role: Role, variant: Variant): Promise<Page> {
  const context = await openContext(browser, baseURL, variant.options, role, fixtures, variant.locale);
  return context.newPage();
}

async function go(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

async function startQuiz(page: Page, mode: "practice" | "exam", variant: Variant, length: number): Promise<void> {
  await go(page, "/quiz?deck=kubernetes-workloads");
  await page.locator('input[name=types][value="truefalse"]').check();
  await page.locator('input[name=types][value="choice"]').check();
  await page.locator("input[name=length]").fill(String(length));
  await page.locator(`input[name=mode][value="${mode}"]`).check();
  if (mode === "exam") await look(page, variant, "quiz-setup-exam");
  await page.locator("main form button[type=submit]").click();
  await page.getByTestId("quiz").waitFor();
  await waitForHydration(page);
}

async function answerShown(page: Page): Promise<void> {
  const radio = page.locator("[role=radio], fieldset input[type=radio], fieldset input[type=checkbox]").first();
  await radio.click();
}

describe.each(VARIANTS)("journeys at $name", (variant) => {
  it.concurrent("learner: home, review, practice, exam, results, dashboard, settings", async () => {
    const page = await open("learner", variant);
    await go(page, "/");
    await look(page, variant, "home");
    await go(page, "/review/kubernetes-workloads");
    await page.getByTestId("card").waitFor();
    await look(page, variant, "review-card");
    if (await page.locator("#typed-answer").count()) {
      await page.locator("#typed-answer").fill("kubectl get pods");
      await page.keyboard.press("Enter");
    } else await page.getByTestId("card").click();
    await page.locator('[data-rating="3"]').waitFor();
    await look(page, variant, "review-answer");

    await startQuiz(page, "practice", variant, 2);
    await answerShown(page);
    await page.getByTestId("question").locator("form button[type=submit]").click();
    await page.getByTestId("answer-status").waitFor();
    await look(page, variant, "quiz-practice-feedback");

    await startQuiz(page, "exam", variant, 4);
    await answerShown(page);
    await page.getByTestId("save-state").waitFor();
    await look(page, variant, "quiz-exam");
    await page.getByTestId("finish").click();
    await page.getByTestId("finish-dialog").waitFor();
    await screenshot(page, `journey-quiz-exam-finish-${variant.name}`);
    await page.getByTestId("finish-confirm").click();
    await page.waitForURL(/\/results$/);
    await look(page, variant, "quiz-results");

    await go(page, "/dashboard");
    await look(page, variant, "dashboard");
    await go(page, "/settings");
    await look(page, variant, "settings");
    await page.context().close();
  });

  it.concurrent("instructor: deck, item editor with preview, import, versions", async () => {
    const page = await open("instructor", variant);
    const deck = `/instructor/decks/${fixtures.deckSlug}`;
    await go(page, "/instructor");
    await look(page, variant, "instructor-home");
    await go(page, deck);
    await look(page, variant, "instructor-deck");
    await go(page, `${deck}/items?type=choice&section=general`);
    await look(page, variant, "instructor-editor");
    await go(page, `${deck}/import`);
    await look(page, variant, "instructor-import");
    await go(page, `${deck}/versions`);
    await look(page, variant, "instructor-versions");
    await page.context().close();
  });
});
