// Issue 13: an admin's role change ends the person's sessions; the sign-in page they land on says why.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { hasHorizontalOverflow, launchBrowser, PHONE, screenshot } from "./support/browser";
import { signUp, STRONG_PASSWORD, uniqueEmail } from "./support/accounts";
import { action, signedIn } from "./support/http-accounts";
import { callServerAction } from "./support/server-actions";
import { query } from "./support/db-query";

const baseURL = inject("baseURL");
const admin = inject("admin");
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const NOTICE = {
  ja: "管理者があなたの役割を変更したため、サインアウトしました。もう一度サインインしてください。",
  en: "Your role was changed by an administrator, so you were signed out. Please sign in again.",
};

describe("a role change", () => {
  it("signs the person out and the sign-in page tells them why, in their language; signing in again takes them back", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("promoted");
    await signUp(page, email);
    await page.goto("/signin");
    expect(await page.getByTestId("role-changed-notice").count()).toBe(0);

    const [{ id }] = query<{ id: string }>('SELECT id FROM "User" WHERE email = ?', email);
    const adminSession = await signedIn(baseURL, admin.email, admin.password, "198.18.77.1");
    const changed = await callServerAction(
      adminSession,
      action("changeRoleAction"),
      { userId: id, role: "instructor" },
      true,
    );
    expect(changed.text).toContain('"ok":true');

    await page.goto("/dashboard");
    await page.waitForURL(/\/signin\?callbackUrl=(%2F|\/)dashboard/);
    expect(await page.getByTestId("role-changed-notice").textContent()).toBe(NOTICE.ja);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, "signin-role-changed-ja-phone");
    await page.goto("/");
    await page.waitForURL(/\/signin/);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
    await page.reload();
    expect(await page.getByTestId("role-changed-notice").textContent()).toBe(NOTICE.en);
    await screenshot(page, "signin-role-changed-en-phone");

    await page.goto("/signin?callbackUrl=%2Fdashboard");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(STRONG_PASSWORD);
    await page.locator("main form button[type=submit]").click();
    await page.waitForURL(/\/dashboard$/);
    await page.goto("/signin");
    await page.waitForURL((url) => url.pathname === "/");
    await context.close();
  });

  it("says nothing of roles after an ordinary sign-out", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    await signUp(page, uniqueEmail("plain"));
    await page.locator('a[href="/account"]').click();
    await page.getByRole("button", { name: "サインアウト", exact: true }).click();
    await page.waitForURL(/\/signin/);
    expect(await page.getByTestId("role-changed-notice").count()).toBe(0);
    await context.close();
  });
});
