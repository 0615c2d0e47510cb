// Issue 18, must-show 4: an .apkg in Anki's layout with review history (revlog rows) imports with its
// history — mapped to our cards by note GUID and template, marked as imported, idempotent — and
// optimising afterwards learns from it. The review log exports as Anki revlog CSV that fsrs-rs reads.
import crypto from "node:crypto";
import { convertCsvToFsrsItems } from "@open-spaced-repetition/binding";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTrainingSet, type LoggedRating } from "@/lib/core/optimizer/fsrs-training-items";
import { db } from "@/lib/server/db";
import { importDeck } from "@/lib/server/decks/import/import-deck";
import { kickFsrsFits } from "@/lib/server/fsrs/fsrs-fit-queue";
import { requestFsrsFit } from "@/lib/server/fsrs/request-fsrs-fit";
import { exportRevlogCsv } from "@/lib/server/reviews/export-revlog-csv";
import { importAnkiHistory } from "@/lib/server/reviews/import-anki-history";
import type { Actor } from "@/lib/server/auth/current-user";
import { buildAnkiPackage, type BuilderNote, type BuilderRevlog } from "../support/anki-package-builder";
import { simulateLearner } from "../support/synthetic-learner";

const SLUG = "anki-history";
const NOTES = 150;
const ANKI_TYPE = { new: 0, learning: 0, review: 1, relearning: 2 } as const;
const TOKYO = { timeZone: "Asia/Tokyo", rolloverHour: 4 };

let learner: Actor;
let history: LoggedRating[];
let apkg: Uint8Array;

/** The synthetic learner's ratings as Anki writes them in revlog, plus a cram row, a manual row and a row of a card the package no longer has. */
function revlogOf(ratings: LoggedRating[]): BuilderRevlog[] {
  const used = new Set<number>();
  const uniqueId = (ms: number) => {
    while (used.has(ms)) ms++;
    used.add(ms);
    return ms;
  };
  const rows = ratings.map((r): BuilderRevlog => {
    const id = uniqueId(r.reviewedAt.getTime());
    r.reviewedAt = new Date(id);
    const type = ANKI_TYPE[r.previousState];
    return {
      guid: `note-${r.cardId.slice("card-".length)}`,
      ord: 0,
      id,
      ease: r.rating,
      ivl: 1,
      lastIvl: 0,
      factor: type === 0 ? 0 : 2500,
      time: 6000,
      type,
    };
  });
  const late = ratings[ratings.length - 1].reviewedAt.getTime();
  rows.push({
    guid: "note-0",
    ord: 0,
    id: uniqueId(late + 1000),
    ease: 3,
    ivl: 0,
    lastIvl: 0,
    factor: 0,
    time: 4000,
    type: 3,
  }); // cram in a filtered deck
  rows.push({
    guid: "note-1",
    ord: 0,
    id: uniqueId(late + 2000),
    ease: 0,
    ivl: 30,
    lastIvl: 0,
    factor: 2500,
    time: 0,
    type: 4,
  }); // set due date
  rows.push({
    guid: "deleted-note",
    ord: 0,
    id: uniqueId(late + 3000),
    ease: 3,
    ivl: 5,
    lastIvl: 2,
    factor: 2500,
    time: 5000,
    type: 1,
  });
  return rows;
}

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: `anki-${crypto.randomUUID()}@example.test`, role: "instructor" },
  });
  learner = { id: user.id, email: user.email, role: "instructor", name: null };
  history = simulateLearner({ seed: 4, cards: NOTES, days: 365, start: new Date("2024-04-01T00:00:00Z") });
  const notes: BuilderNote[] = Array.from({ length: NOTES }, (_, i) => ({
    guid: `note-${i}`,
    type: "basic",
    fields: [`Question ${i}`, `Answer ${i}`],
    deck: "History",
  }));
  apkg = buildAnkiPackage({ notes, revlog: revlogOf(history) });
  // The deck itself comes from the same package, as an instructor would import it.
  const deck = await importDeck(
    learner,
    SLUG,
    { format: "apkg", fileName: "history.apkg", bytes: apkg },
    { commit: true },
  );
  expect(deck.ok).toBe(true);
});

describe("importing Anki review history", () => {
  it("previews, then adds the revlog rows of the deck's cards to the learner's log as imported, once", async () => {
    const now = new Date("2025-05-01T00:00:00Z");
    const upload = { fileName: "history.apkg", bytes: apkg };
    const preview = await importAnkiHistory(learner, SLUG, upload, { commit: false }, now);
    expect(preview).toEqual({
      ok: true,
      committed: false,
      matchedCards: NOTES,
      reviews: history.length + 2,
      unmatchedReviews: 1,
      alreadyImported: 0,
      imported: 0,
    });
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(0);

    const committed = await importAnkiHistory(learner, SLUG, upload, { commit: true }, now);
    expect(committed).toMatchObject({ committed: true, imported: history.length + 2 });
    const kinds = await db.reviewLog.groupBy({ by: ["kind"], where: { userId: learner.id }, _count: true });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count]))).toEqual({
      anki: history.length,
      "anki-cram": 1,
      "anki-manual": 1,
    });
    const first = await db.reviewLog.findFirstOrThrow({
      where: { userId: learner.id },
      orderBy: { reviewedAt: "asc" },
    });
    expect(first).toMatchObject({
      rating: history[0].rating,
      previousState: "learning",
      durationMs: 6000,
      undoneAt: null,
    });
    expect(first.reviewedAt.toISOString()).toBe(history[0].reviewedAt.toISOString());
    expect(first.cardId).toMatch(/^anki-history:anki-g-[0-9a-f]+#1$/);
    // Card states are not made up from another app's history.
    expect(await db.cardState.count({ where: { userId: learner.id } })).toBe(0);

    const again = await importAnkiHistory(learner, SLUG, upload, { commit: true }, now);
    expect(again).toMatchObject({ alreadyImported: history.length + 2, imported: 0 });
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(history.length + 2);
  });

  it("optimising afterwards learns from the imported history, and the log exports as revlog CSV that fsrs-rs reads the same way", async () => {
    const expected = buildTrainingSet(
      history.map((r) => ({ ...r, kind: "anki" })),
      TOKYO,
    );
    expect(expected.items.length).toBeGreaterThan(500);
    const { fitId } = await requestFsrsFit(
      learner,
      { deckSlug: SLUG, scope: "learner" },
      new Date("2025-05-01T00:00:00Z"),
    );
    await kickFsrsFits();
    const fit = await db.fsrsFit.findUniqueOrThrow({ where: { id: fitId } });
    expect(fit).toMatchObject({
      status: "done",
      logCount: history.length,
      reviewCount: expected.reviewCount,
      itemCount: expected.items.length,
    });
    expect(fit.fittedLogLoss!).toBeLessThan(fit.currentLogLoss!);
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).fsrsParams).toBe(
      fit.applied ? fit.fittedParams : null,
    );

    const csv = await exportRevlogCsv(learner);
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
    expect(lines).toHaveLength(history.length + 1); // cram and manual rows are not ratings to learn from
    const offsetOf = (ms: number, zone: string) => (zone === "Asia/Tokyo" ? 9 * 60 : 0) + 0 * ms;
    const items = convertCsvToFsrsItems(new TextEncoder().encode(csv), TOKYO.rolloverHour, TOKYO.timeZone, offsetOf);
    expect(items.length).toBe(expected.items.length);
  });
});
