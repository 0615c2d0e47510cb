// Review-submit latency over HTTP with and without FSRS fits running in the same server: `learners`
// post reviews for one window; then a learner with `heavyReviews` logged reviews presses Optimise
// (the real server action) again each time their last fit has finished, for a second window.
import crypto from "node:crypto";
import { startAppServer } from "../review/app-server";
import { createLearners } from "../review/create-learners";
import { runReviewLoad, type LoadResult } from "../review/http-review-load";
import { openSqlite } from "../review/bench-database";
import { round } from "../review/stats";
import { action, createAccount } from "../../tests/e2e/support/http-accounts";
import { callServerAction } from "../../tests/e2e/support/server-actions";
import { seedReviewHistory } from "./seed-review-history";

export type BesideFitsOptions = { learners: number; measureMs: number; warmupMs: number; heavyReviews: number };

const pick = (load: LoadResult) => ({
  requests: load.requests,
  requestsPerSecond: round(load.requestsPerSecond),
  p50Ms: round(load.latencyMs.p50, 2),
  p99Ms: round(load.latencyMs.p99, 2),
  maxMs: round(load.latencyMs.max, 2),
  errors: load.errors,
  non200: load.non200,
  outcomes: load.outcomes,
});

export async function measureReviewsBesideFits(
  root: string,
  options: BesideFitsOptions,
  log: (message: string) => void,
) {
  log("starting the app (builds first if the sources changed)…");
  const server = await startAppServer(root);
  try {
    const learners = await createLearners(server.baseURL, options.learners);
    const heavy = await createAccount(
      server.baseURL,
      `heavy-${crypto.randomUUID()}@bench.test`,
      "bench heavy learner passphrase Ωmega",
      "10.78.0.1",
    );
    const db = openSqlite(server.databaseFile!);
    const heavyId = (db.prepare(`SELECT id FROM "User" WHERE email LIKE 'heavy-%'`).get() as { id: string }).id;
    const deckSlug = seedReviewHistory(db, heavyId, options.heavyReviews, "heavy");
    const cardIds = (
      db
        .prepare(
          `SELECT c.id FROM "Card" c JOIN "Deck" d ON d.id = c.deckId WHERE d.slug = 'kubernetes-workloads' AND c.retiredAt IS NULL ORDER BY c.position, c.id`,
        )
        .all() as { id: string }[]
    ).map((r) => r.id);
    // Each window rates cards of its own, so every learner starts each card from its first rating.
    const half = Math.floor(cardIds.length / 2);
    const [firstCards, secondCards] = [cardIds.slice(0, half), cardIds.slice(half)];
    log(
      `${learners.length} learners; a learner with ${options.heavyReviews} reviews seeded; ${half} cards under load in each window`,
    );

    const without = await runReviewLoad({
      baseURL: server.baseURL,
      learners,
      cardIds: firstCards,
      warmupMs: options.warmupMs,
      measureMs: options.measureMs,
    });
    log(
      `without a fit: p50 ${round(without.latencyMs.p50, 2)} ms, p99 ${round(without.latencyMs.p99, 2)} ms, ${Math.round(without.requestsPerSecond)} requests/s`,
    );

    const optimise = action("optimiseFsrsAction");
    const open = () =>
      (
        db
          .prepare(`SELECT count(*) AS n FROM "FsrsFit" WHERE userId = ? AND status IN ('queued', 'running')`)
          .get(heavyId) as { n: number }
      ).n;
    let fitting = true;
    const fits = (async () => {
      while (fitting) {
        if (open() === 0) await callServerAction(heavy, optimise, { deckSlug, scope: "learner" }, true);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const besideFits = await runReviewLoad({
      baseURL: server.baseURL,
      learners,
      cardIds: secondCards,
      warmupMs: options.warmupMs,
      measureMs: options.measureMs,
    });
    fitting = false;
    await fits;
    while (open() > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    const done = db
      .prepare(`SELECT status, startedAt, finishedAt, itemCount FROM "FsrsFit" WHERE userId = ? ORDER BY requestedAt`)
      .all(heavyId) as { status: string; startedAt: string; finishedAt: string; itemCount: number }[];
    db.close();
    const fitSeconds = done.map((f) => (Date.parse(f.finishedAt) - Date.parse(f.startedAt)) / 1000);
    log(
      `beside fits: p50 ${round(besideFits.latencyMs.p50, 2)} ms, p99 ${round(besideFits.latencyMs.p99, 2)} ms, ${Math.round(besideFits.requestsPerSecond)} requests/s; ${done.length} fits (${done.filter((f) => f.status === "done").length} done), each ${fitSeconds.map((s) => round(s, 2)).join(", ")} s`,
    );
    return {
      learners: options.learners,
      measureSeconds: options.measureMs / 1000,
      heavyReviews: options.heavyReviews,
      withoutFit: pick(without),
      besideFits: {
        ...pick(besideFits),
        fits: done.length,
        fitsDone: done.filter((f) => f.status === "done").length,
        fitSeconds: fitSeconds.map((s) => round(s, 2)),
        items: done[0]?.itemCount ?? null,
      },
    };
  } finally {
    await server.stop();
  }
}
