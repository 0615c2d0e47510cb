// Reviewing through a bad connection (issue 8): 30 cards, the network cut in the middle and the page
// reloaded while offline (the service worker serves it, the offline pack supplies the cards, the
// ratings wait in the IndexedDB outbox); when the connection returns the server holds exactly 30
// new reviews, no duplicates, and the outbox is empty.
import { query } from "./support/db-query";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, PHONE, screenshot } from "./support/browser";
import { signUp, uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");
const DECK = "kubernetes-workloads";
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** Rows in one of the learner's IndexedDB stores, read in the page. */
function countStore(page: Page, database: string, store: string): Promise<number> {
  return page.evaluate(
    ([name, table]) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(table)) return resolve(0);
          const request = db.transaction(table).objectStore(table).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    [database, store] as const,
  );
}

/** Reveals and rates the card on screen ("Good"); typed and kubectl cards get an answer first. */
async function reviewOne(page: Page): Promise<string> {
  // After an offline reload the served page's cards are put away until the pack is read: wait for that.
  await page.locator('[data-session-ready="true"]').waitFor();
  const card = page.getByTestId("card");
  await card.waitFor();
  const id = (await card.getAttribute("data-card-id"))!;
  const typed = page.locator("#typed-answer");
  if (await typed.count()) {
    await typed.fill("kubectl get pods");
    await page.getByRole("button", { name: /採点する|Check/ }).tap();
  } else {
    await card.tap();
  }
  await page.locator('[data-rating="3"]').tap();
  await expect
    .poll(async () => (await card.count()) === 0 || (await card.getAttribute("data-card-id")) !== id)
    .toBe(true);
  return id;
}

describe("offline review at 390x844", () => {
  it("keeps 30 ratings across a network cut and an offline reload and records each exactly once", async () => {
    const context = await browser.newContext({ ...PHONE, baseURL });
    const page = await context.newPage();
    const email = uniqueEmail("offline");
    await signUp(page, email);
    const [{ id: userId }] = query<{ id: string }>('SELECT id FROM "User" WHERE email = ?', email);
    // Enough new cards for a long session: the offline pack holds only self-graded cards.
    await page.goto(`/settings?deck=${DECK}`);
    await page.locator("#newPerDay").fill("80");
    await page.locator("main form button[type=submit]").first().tap();
    await expect
      .poll(
        () =>
          query<{ newPerDay: number }>('SELECT newPerDay FROM "UserDeckSetting" WHERE userId = ?', userId)[0]
            ?.newPerDay,
      )
      .toBe(80);

    await page.goto(`/review/${DECK}`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload(); // now controlled by the service worker, which keeps this page and its scripts
    await expect
      .poll(() => countStore(page, `kubedrill-offline-${userId}`, "cards"), { timeout: 20_000 })
      .toBeGreaterThan(30);

    const reviewed: string[] = [];
    for (let i = 0; i < 12; i++) reviewed.push(await reviewOne(page));
    await expect.poll(() => query('SELECT id FROM "ReviewLog" WHERE userId = ?', userId).length).toBe(12);

    await context.setOffline(true);
    for (let i = 0; i < 8; i++) reviewed.push(await reviewOne(page));
    await expect.poll(() => page.getByTestId("pending-count").textContent()).toContain("8");
    await page.reload();
    await page.getByTestId("sync-status").waitFor();
    expect(await page.getByTestId("pending-count").textContent()).toContain("8");
    // The screen finds out by itself that there is no connection, even where the browser still
    // reports navigator.onLine (Chromium 150 after an emulated offline reload): the page came from
    // the server through the service worker, but nothing the page asks for gets an answer.
    await expect.poll(() => page.getByTestId("sync-status").textContent(), { timeout: 20_000 }).toMatch(/オフライン/);
    for (let i = 0; i < 10; i++) reviewed.push(await reviewOne(page));
    await expect.poll(() => page.getByTestId("pending-count").textContent()).toContain("18");
    await screenshot(page, "review-offline-phone");
    expect(query('SELECT id FROM "ReviewLog" WHERE userId = ?', userId)).toHaveLength(12);

    await context.setOffline(false);
    await expect
      .poll(() => query('SELECT id FROM "ReviewLog" WHERE userId = ?', userId).length, { timeout: 30_000 })
      .toBe(30);
    await expect.poll(() => countStore(page, `kubedrill-${userId}`, "outbox"), { timeout: 15_000 }).toBe(0);
    const logs = query<{ id: string; cardId: string }>(
      'SELECT id, cardId FROM "ReviewLog" WHERE userId = ? AND undoneAt IS NULL',
      userId,
    );
    expect(new Set(logs.map((l) => l.id)).size).toBe(30);
    // Every rating made on the device is on the server once: the same cards, in any order.
    expect(logs.map((l) => l.cardId).sort()).toEqual([...reviewed].sort());
    expect(await page.getByTestId("sync-conflicts").count()).toBe(0);
    await context.close();
  });
});
