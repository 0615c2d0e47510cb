// Issue 13: the phone header keeps every label whole (no 進/捗 or アカウン/ト) and never makes the
// page wider than the screen, for a learner, an instructor and an admin, at 320 and 390 px, in
// Japanese and English.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasHorizontalOverflow, launchBrowser, screenshot } from "./support/browser";
import { signIn } from "./support/accounts";

const baseURL = inject("baseURL");
const admin = inject("admin");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** Labels of header links that break over more than one line. */
async function brokenLabels(page: Page): Promise<string[]> {
  return page
    .getByTestId("header-links")
    .locator("a")
    .evaluateAll((links) =>
      links
        .filter((link) => {
          const style = getComputedStyle(link);
          const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
          const text = link.textContent ?? "";
          const range = document.createRange();
          range.selectNodeContents(link);
          return (
            range.getClientRects().length > 1 || (text.length > 1 && range.getBoundingClientRect().height > line * 1.5)
          );
        })
        .map((link) => link.textContent ?? ""),
    );
}

describe("the header at phone widths", () => {
  for (const width of [320, 390]) {
    for (const locale of ["ja", "en"] as const) {
      it(`keeps every label whole for an admin at ${width} px (${locale})`, async () => {
        const context = await browser.newContext({
          viewport: { width, height: 740 },
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
          baseURL,
        });
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
        const page = await context.newPage();
        await signIn(page, admin.email, admin.password);
        for (const path of ["/", "/dashboard", "/instructor"]) {
          await page.goto(path);
          expect(await brokenLabels(page), `${path} at ${width}px ${locale}`).toEqual([]);
          expect(await hasHorizontalOverflow(page), `${path} overflows at ${width}px ${locale}`).toBe(false);
        }
        await screenshot(page, `header-admin-${width}-${locale}`);
        await context.close();
      });
    }
  }
});
