// The browser half of the outbox: IndexedDB per learner, Web Locks across tabs, and
// fetchSend with the real session cookie. The engine is bundled with esbuild and loaded into the page.
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { signUp, uniqueEmail } from "./support/accounts";

type Engine = typeof import("@/lib/client/outbox/index");
type Device = typeof import("@/lib/client/offline/device");
const baseURL = inject("baseURL");
let browser: Browser;
let engineSource: string;
let deviceSource: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const bundled = await build({
    entryPoints: ["lib/client/outbox/index.ts"],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "KubeDrillOutbox",
    platform: "browser",
    target: "es2022",
  });
  engineSource = bundled.outputFiles[0].text;
  const device = await build({
    entryPoints: ["lib/client/offline/device.ts"],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "KubeDrillDevice",
    platform: "browser",
    target: "es2022",
  });
  deviceSource = device.outputFiles[0].text;
});
afterAll(() => browser?.close());

// The app's CSP forbids inline scripts, rightly; the test bypasses it only to load the engine.
const newContext = () => browser.newContext({ baseURL, bypassCSP: true });
async function openWithEngine(context: BrowserContext, path = "/api/health"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.addScriptTag({ content: engineSource });
  return page;
}

describe("the outbox in a browser", () => {
  it("keeps each learner's reviews in their own IndexedDB database, in order, across a reload", async () => {
    const context = await newContext();
    const page = await openWithEngine(context);
    const ids = await page.evaluate(async () => {
      const engine = (window as unknown as { KubeDrillOutbox: Engine }).KubeDrillOutbox;
      const a = engine.createIndexedDbOutboxStore("learner-a");
      const b = engine.createIndexedDbOutboxStore("learner-b");
      const review = (cardId: string, expectedReps: number) => ({
        reviewId: crypto.randomUUID(),
        cardId,
        rating: 3 as const,
        expectedReps,
        reviewedAt: new Date().toISOString(),
        durationMs: 1000,
      });
      const made = [review("x", 0), review("y", 0), review("x", 1)];
      for (const r of made) await engine.enqueueReview(a, r);
      await engine.enqueueReview(a, made[0]); // enqueued twice: still once, still first
      await engine.enqueueReview(b, review("z", 0));
      await a.markConflicts([{ reviewId: made[1].reviewId, review: made[1], code: "gone", movedAt: 1 }]);
      return made.map((r) => r.reviewId);
    });
    await page.reload();
    await page.addScriptTag({ content: engineSource });
    const after = await page.evaluate(async () => {
      const engine = (window as unknown as { KubeDrillOutbox: Engine }).KubeDrillOutbox;
      const a = engine.createIndexedDbOutboxStore("learner-a");
      const b = engine.createIndexedDbOutboxStore("learner-b");
      const names = (await indexedDB.databases()).map((d) => d.name).sort();
      return {
        pending: (await a.list(10)).map((p) => p.reviewId),
        conflicts: (await a.listConflicts()).map((c) => [c.reviewId, c.code]),
        other: await b.count(),
        names,
      };
    });
    expect(after).toEqual({
      pending: [ids[0], ids[2]],
      conflicts: [[ids[1], "gone"]],
      other: 1,
      names: ["kubedrill-learner-a", "kubedrill-learner-b"],
    });
    await context.close();
  });

  it("keeps ratings left in an outbox written by the earlier Dexie version (IndexedDB version 10)", async () => {
    const context = await newContext();
    const page = await openWithEngine(context);
    const kept = await page.evaluate(async () => {
      const engine = (window as unknown as { KubeDrillOutbox: Engine }).KubeDrillOutbox;
      const review = {
        reviewId: crypto.randomUUID(),
        cardId: "c1",
        rating: 3 as const,
        expectedReps: 0,
        reviewedAt: new Date().toISOString(),
        durationMs: 1,
      };
      // The layout Dexie made from `version(1).stores({ outbox: "reviewId, seq", conflicts: "reviewId, movedAt" })`.
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("kubedrill-upgraded-learner", 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore("outbox", { keyPath: "reviewId" }).createIndex("seq", "seq");
          db.createObjectStore("conflicts", { keyPath: "reviewId" }).createIndex("movedAt", "movedAt");
          request.transaction!.objectStore("outbox").add({ reviewId: review.reviewId, seq: 1, enqueuedAt: 1, review });
        };
        request.onsuccess = () => (request.result.close(), resolve());
        request.onerror = () => reject(request.error);
      });
      const store = engine.createIndexedDbOutboxStore("upgraded-learner");
      const later = { ...review, reviewId: crypto.randomUUID(), expectedReps: 1 };
      await engine.enqueueReview(store, later);
      return {
        listed: (await store.list(10)).map((p) => [p.reviewId, p.seq]),
        expected: [
          [review.reviewId, 1],
          [later.reviewId, 2],
        ],
      };
    });
    expect(kept.listed).toEqual(kept.expected);
    await context.close();
  });

  it("keeps a card rated on the device out of the pack even when a pack made before the rating is saved after it", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto("/api/health");
    await page.addScriptTag({ content: deviceSource });
    const shown = await page.evaluate(async () => {
      const device = (window as unknown as { KubeDrillDevice: Device }).KubeDrillDevice;
      const card = (cardId: string, expectedReps: number) =>
        ({ cardId, expectedReps, dueAt: new Date().toISOString() }) as unknown as Parameters<
          typeof device.savePack
        >[1]["cards"][number];
      const pack = (cards: ReturnType<typeof card>[]) => ({
        deckSlug: "d",
        generatedAt: new Date().toISOString(),
        days: 3,
        cards,
      });
      const ids = async () => (await device.loadPack("learner-p", "d")).map((c) => c.cardId);
      const made = pack([card("a", 0), card("b", 0), card("c", 2)]);
      await device.savePack("learner-p", made);
      const before = await ids();
      await device.removeFromPack("learner-p", "a", 0); // rated while the next pack was being made
      await device.savePack("learner-p", made); // that pack arrives: it still holds "a" as it was
      const afterStale = await ids();
      await device.savePack("learner-p", pack([card("a", 1), card("b", 0), card("c", 2)])); // made after the rating
      return { before, afterStale, afterFresh: await ids() };
    });
    expect(shown).toEqual({ before: ["a", "b", "c"], afterStale: ["b", "c"], afterFresh: ["a", "b", "c"] });
    await context.close();
  });

  it("lets only one tab sync an outbox at a time (Web Locks); the other answers busy", async () => {
    const context = await newContext();
    const [first, second] = [await openWithEngine(context), await openWithEngine(context)];
    const sync = (page: Page) =>
      page.evaluate(async () => {
        const engine = (window as unknown as { KubeDrillOutbox: Engine }).KubeDrillOutbox;
        const store = engine.createIndexedDbOutboxStore("learner-tabs");
        if ((await store.count()) === 0)
          for (let i = 0; i < 5; i++)
            await engine.enqueueReview(store, {
              reviewId: crypto.randomUUID(),
              cardId: `c${i}`,
              rating: 3,
              expectedReps: 0,
              reviewedAt: new Date().toISOString(),
              durationMs: 1,
            });
        // A slow server: the other tab starts while this one still holds the lock.
        return engine.syncOutbox(store, async (batch) => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          return { status: 200, results: batch.map((r) => ({ reviewId: r.reviewId, status: "recorded" as const })) };
        });
      });
    const results = await Promise.all([
      sync(first),
      new Promise((resolve) => setTimeout(resolve, 500)).then(() => sync(second)),
    ]);
    expect(results.map((r) => r.stopped).sort()).toEqual(["busy", "empty"]);
    expect(results.find((r) => r.stopped === "empty")).toMatchObject({ requests: 1, recorded: 5, pending: 0 });
    await context.close();
  });

  it("syncs with fetchSend and the learner's own cookie: recorded, duplicate on resend, stale kept as a conflict", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signUp(page, uniqueEmail("outbox-browser"));
    await page.addScriptTag({ content: engineSource });
    const outcome = await page.evaluate(async () => {
      const engine = (window as unknown as { KubeDrillOutbox: Engine }).KubeDrillOutbox;
      const queue = (await (await fetch("/api/v1/decks/kubernetes-workloads/queue?limit=1")).json()) as {
        cards: { cardId: string; expectedReps: number }[];
      };
      const card = queue.cards[0];
      const store = engine.createIndexedDbOutboxStore("signed-in");
      const review = {
        reviewId: crypto.randomUUID(),
        cardId: card.cardId,
        rating: 3 as const,
        expectedReps: card.expectedReps,
        reviewedAt: new Date().toISOString(),
        durationMs: 2000,
      };
      await engine.enqueueReview(store, review);
      const first = await engine.syncOutbox(store, engine.fetchSend());
      await engine.enqueueReview(store, review);
      await engine.enqueueReview(store, { ...review, reviewId: crypto.randomUUID() }); // made against the old state
      const second = await engine.syncOutbox(store, engine.fetchSend());
      return { first, second, conflicts: (await store.listConflicts()).map((c) => [c.code, c.serverReps]) };
    });
    expect(outcome.first).toMatchObject({ stopped: "empty", recorded: 1, pending: 0 });
    expect(outcome.second).toMatchObject({ stopped: "empty", duplicate: 1, conflicts: 1, pending: 0 });
    expect(outcome.conflicts).toEqual([["stale-state", 1]]);
    await context.close();
  });
});
