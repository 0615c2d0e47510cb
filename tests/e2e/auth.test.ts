import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signUp, STRONG_PASSWORD, uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

async function attemptSignIn(page: Page, email: string, password: string): Promise<string> {
  await page.goto("/signin");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("main form button[type=submit]").click();
  const error = page.getByTestId("sign-in-error");
  await expect.poll(() => error.textContent(), { timeout: 10_000 }).not.toBe("");
  return (await error.textContent()) ?? "";
}

describe("accounts at phone size (390x844)", () => {
  it("signs up, signs out, signs in, and answers a wrong password exactly like an unknown email", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("learner");

    await page.goto("/signup");
    expect(await page.textContent("main")).toContain("最初に作成されたアカウントは管理者");
    await screenshot(page, "signup-ja-phone");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill("password123");
    await page.locator("main form button[type=submit]").click();
    await expect.poll(() => page.locator("#password-error").textContent()).toContain("よく使われる");
    expect(await page.locator("#password").getAttribute("aria-invalid")).toBe("true");

    await page.locator("#password").fill(STRONG_PASSWORD);
    await page.locator("main form button[type=submit]").click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.locator('a[href="/account"]').waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "home-signed-in-ja-phone");

    await page.locator('a[href="/account"]').click();
    await page.getByRole("button", { name: "サインアウト", exact: true }).click();
    await page.waitForURL(/\/signin/);
    await page.locator('a[href="/account"]').waitFor({ state: "detached" });

    const wrongPassword = await attemptSignIn(page, email, `${STRONG_PASSWORD}x`);
    const unknownEmail = await attemptSignIn(page, uniqueEmail("nobody"), STRONG_PASSWORD);
    expect(wrongPassword).toBe("メールアドレスまたはパスワードが正しくありません。");
    expect(unknownEmail).toBe(wrongPassword);
    await screenshot(page, "signin-error-ja-phone");

    await page.goto("/signin");
    await page.locator("#email").fill(email.toUpperCase());
    await page.locator("#password").fill(STRONG_PASSWORD);
    await page.locator("main form button[type=submit]").click();
    await page.locator('a[href="/account"]').waitFor();
    await page.goto("/account");
    expect(await page.textContent("main")).toContain(email);
    await screenshot(page, "account-ja-phone");
    await context.close();
  });

  it("a full-width copy of an existing email cannot create a second account", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("wide");
    await signUp(page, email);
    await context.clearCookies();
    const fullWidth = [...email]
      .map((c) => (c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
      .join("");
    await page.goto("/signup");
    await page.locator("#email").fill(fullWidth);
    await page.locator("#password").fill(STRONG_PASSWORD);
    await page.locator("main form button[type=submit]").click();
    await expect.poll(() => page.locator("#email-error").textContent()).toContain("すでに登録");
    await context.close();
  });

  it("a hostile callback (tab inside //evil.example) ends on our own home page after sign-in, and the raw forms never answer 500", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("callback");
    await signUp(page, email);
    await context.clearCookies();

    for (const encoded of ["%0A", "%0D", "%E3%80%80"]) {
      const response = await page.goto(`/signin?callbackUrl=%2F${encoded}%2Fevil.example`);
      expect(response?.status()).toBe(200);
    }
    await page.goto("/signin?callbackUrl=%2F%09%2Fevil.example");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(STRONG_PASSWORD);
    await page.locator("main form button[type=submit]").click();
    await page.locator('a[href="/account"]').waitFor({ timeout: 15_000 });
    const landed = new URL(page.url());
    expect(landed.origin).toBe(new URL(baseURL).origin);
    expect(landed.pathname).toBe("/");
    await context.close();
  });
});
