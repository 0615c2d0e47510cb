// `npm run db:backup` while 50 learners keep reviewing: the copy, restored with `db:restore`, passes
// integrity_check and holds every review acknowledged before the backup began. (SQLite only: on
// PostgreSQL, pg_dump and pg_restore do this job; see the README.) `db:restore` refuses while the app runs and refuses a
// damaged or foreign file; a good restore swaps the file whole and keeps the one it replaced.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { recordReview } from "@/lib/server/reviews/record-review";
import { integrityOf, restoreDatabase } from "@/lib/server/db/backup";
import type { Actor } from "@/lib/server/auth/current-user";
import { onPostgres } from "@/tests/setup/test-database";

const LEARNERS = 50;
let learners: Actor[] = [];
let cards: string[] = [];
const databaseFile = () => process.env.DATABASE_URL!.replace(/^file:/, "");

beforeAll(async () => {
  if (onPostgres) return;
  await syncContentDecks();
  const deck = await db.deck.findUniqueOrThrow({ where: { slug: "kubernetes-workloads" }, select: { id: true } });
  cards = (
    await db.card.findMany({
      where: { deckId: deck.id, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true },
    })
  ).map((c) => c.id);
  learners = await Promise.all(
    Array.from({ length: LEARNERS }, async (_, i) => {
      const user = await db.user.create({ data: { email: `backup-${i}-${crypto.randomUUID()}@example.test` } });
      return { id: user.id, email: user.email, role: "learner" as const, name: null };
    }),
  );
});

/** One learner rating card after card until told to stop; returns the ids the server acknowledged. */
async function keepReviewing(actor: Actor, from: number, stop: () => boolean, acknowledged: string[]): Promise<void> {
  for (let i = from; i < cards.length && !stop(); i++) {
    const reviewId = crypto.randomUUID();
    const outcome = await recordReview(
      actor,
      {
        reviewId,
        cardId: cards[i],
        rating: 3,
        expectedReps: 0,
        reviewedAt: new Date().toISOString(),
        durationMs: 2000,
      },
      new Date(),
    );
    if (outcome.status === "recorded") acknowledged.push(reviewId);
  }
}

function runBackup(target: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", "scripts/db-backup.ts", target], { env: process.env });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe.skipIf(onPostgres)("db:backup and db:restore", () => {
  it("backs up during a 50-learner load: restored, the copy is sound and holds every review acknowledged before it began", async () => {
    const before: string[] = [];
    await Promise.all(learners.map((l) => keepReviewing(l, 0, () => before.length >= 500, before)));
    let stopped = false;
    const during: string[] = [];
    const load = Promise.all(learners.map((l, i) => keepReviewing(l, 20 + i, () => stopped, during)));
    const target = path.join(os.tmpdir(), `kubedrill-backup-${crypto.randomUUID()}.db`);
    const backup = await runBackup(target);
    stopped = true;
    await load;
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/integrity ok/);
    const restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-restored-"));
    const restoredFile = path.join(restoreDir, "kubedrill.db");
    restoreDatabase(target, restoredFile, path.join(restoreDir, "kubedrill.pid"), new Date());
    expect(integrityOf(restoredFile)).toBe("ok");
    const restored = new Database(restoredFile, { readonly: true });
    const inCopy = new Set((restored.prepare('SELECT id FROM "ReviewLog"').all() as { id: string }[]).map((r) => r.id));
    restored.close();
    expect(during.length).toBeGreaterThan(0); // the load really ran while the backup was taken
    expect(before.filter((id) => !inCopy.has(id))).toEqual([]);
    console.info(
      `backup under a ${LEARNERS}-learner load: ${before.length} reviews before it, ${during.length} written while it ran, ${inCopy.size} in the restored copy`,
    );
  }, 120_000);

  it("refuses to restore while the app runs, and refuses damaged or foreign files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-restore-"));
    const live = path.join(dir, "kubedrill.db");
    fs.copyFileSync(databaseFile(), live);
    const pidFile = path.join(dir, "kubedrill.pid");
    fs.writeFileSync(pidFile, `${process.pid}\n`); // a live process: as if npm start were running
    expect(() => restoreDatabase(live, path.join(dir, "target.db"), pidFile, new Date())).toThrow(/is running/);
    fs.rmSync(pidFile);

    const garbage = path.join(dir, "garbage.db");
    fs.writeFileSync(garbage, crypto.randomBytes(8192));
    expect(() => restoreDatabase(garbage, path.join(dir, "target.db"), pidFile, new Date())).toThrow(
      /not a readable SQLite database|integrity/,
    );
    const foreign = path.join(dir, "foreign.db");
    new Database(foreign).exec("CREATE TABLE t (x)").close();
    expect(() => restoreDatabase(foreign, path.join(dir, "target.db"), pidFile, new Date())).toThrow(
      /not a KubeDrill database/,
    );
    expect(fs.existsSync(path.join(dir, "target.db"))).toBe(false);
  });

  it("restores a backup whole and keeps the file it replaced", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-restore-"));
    const backup = path.join(dir, "backup.db");
    new Database(databaseFile(), { readonly: true }).exec(`VACUUM INTO '${backup}'`);
    const target = path.join(dir, "kubedrill.db");
    new Database(target).exec("CREATE TABLE old (x)").close();
    const { replacedKeptAs } = restoreDatabase(
      backup,
      target,
      path.join(dir, "kubedrill.pid"),
      new Date("2026-12-04T00:00:00Z"),
    );
    expect(replacedKeptAs && fs.existsSync(replacedKeptAs)).toBe(true);
    expect(integrityOf(target)).toBe("ok");
    const restored = new Database(target, { readonly: true });
    expect((restored.prepare('SELECT count(*) AS n FROM "ReviewLog"').get() as { n: number }).n).toBeGreaterThan(0);
    restored.close();
  });
});
