import crypto from "node:crypto";
import type { Page } from "playwright-core";

export const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}@example.test`;
export const STRONG_PASSWORD = "kube-drill-Страна-42!";

export async function signUp(page: Page, email: string, password = STRONG_PASSWORD): Promise<void> {
  await page.goto("/signup");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
  await page.locator('a[href="/account"]').waitFor();
}

export async function signIn(page: Page, email: string, password = STRONG_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("main form button[type=submit]").click();
  await page.locator('a[href="/account"]').waitFor({ timeout: 15_000 });
}

/**
 * The expired-session notice as a learner meets it: it says so, its link leads to sign-in, and
 * signing in there brings the learner back to `backTo` (a path).
 */
export async function signInAgainFromExpiredNotice(
  page: Page,
  email: string,
  backTo: string,
  screenshotAs: (page: Page) => Promise<void>,
): Promise<string> {
  const notice = page.getByTestId("session-expired");
  await notice.waitFor();
  const text = (await notice.textContent()) ?? "";
  await screenshotAs(page);
  await notice.getByRole("link", { name: "サインインし直す" }).tap();
  await page.waitForURL(/\/signin/);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(STRONG_PASSWORD);
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === backTo, { timeout: 15_000 });
  return text;
}
