import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { DESKTOP, hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe.each([
  ["phone", PHONE],
  ["desktop", DESKTOP],
])("home page at %s size", (size, device) => {
  it("is Japanese by default, switches to English, and keeps the choice", async () => {
    const context = await browser.newContext({ ...device, baseURL });
    const page = await context.newPage();
    await page.goto("/");
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    await expect.poll(() => page.locator("h1").textContent()).toContain("Kubernetes");
    expect(await page.locator("h1").textContent()).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, `home-ja-${size}`);

    await page.getByRole("button", { name: /English/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.locator("h1").textContent()).toContain("Master Kubernetes workloads");
    await screenshot(page, `home-en-${size}`);

    await page.reload();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await context.close();
  });

  it("shows a not-found page in the chosen language", async () => {
    const context = await browser.newContext({ ...device, baseURL });
    const page = await context.newPage();
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("ページが見つかりません");
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
    await page.reload();
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    await screenshot(page, `not-found-en-${size}`);
    await context.close();
  });
});
