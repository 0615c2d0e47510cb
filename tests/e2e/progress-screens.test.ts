// The dashboard and the review screen at phone size in Japanese and English, after some reviews:
// no sideways scrolling, localised headings and numbers, screenshots for a person to look at.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signUp, uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe("progress screens at 390x844", () => {
  it("shows the dashboard and the review screen in Japanese and English", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    await signUp(page, uniqueEmail("progress"));
    await page.goto("/review/kubernetes-workloads");
    for (let i = 0; i < 5; i++) {
      const card = page.getByTestId("card");
      await card.waitFor();
      const id = await card.getAttribute("data-card-id");
      if (await page.locator("#typed-answer").count()) {
        await page.locator("#typed-answer").fill("kubectl get pods");
        await page.getByRole("button", { name: "採点する" }).tap();
      } else {
        await card.tap();
      }
      await page.locator(`[data-rating="${i % 2 === 0 ? 3 : 1}"]`).tap();
      await expect
        .poll(async () => (await card.count()) === 0 || (await card.getAttribute("data-card-id")) !== id)
        .toBe(true);
    }
    for (const locale of ["ja", "en"] as const) {
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
      await page.goto("/dashboard");
      await page.locator("figure").first().waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `dashboard-${locale}-phone`);
      await page.goto("/review/kubernetes-workloads");
      await page.getByTestId("card").waitFor();
      await page.getByTestId("card-info").locator("summary").tap();
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `review-${locale}-phone`);
    }
    await context.close();
  });
});
