import "server-only";
import { cramEntrySchema, type CramEntryInput } from "@/lib/schemas/record-cram";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { inDatabaseTurn } from "../db/database-turn";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../errors";
import { canStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";

export type CramOutcome = {
  cramId: string | null;
  status: "recorded" | "duplicate" | "mismatch" | "gone" | "invalid";
  issues?: string[];
};

/** HTTP status of a single entry's answer (a batch answers 200 with one outcome each), as for reviews. */
export const CRAM_OUTCOME_STATUS: Record<CramOutcome["status"], number> = {
  recorded: 200,
  duplicate: 200,
  mismatch: 422,
  gone: 410,
  invalid: 400,
};

type StoredCram = {
  userId: string;
  cardId: string;
  rating: number;
  reviewedAt: Date;
  durationMs: number;
  createdAt: Date;
};

// A client clock may be ahead: a rating is never stored in the server's future. A resend is
// compared after the same clamp against the time of the first write, so it still matches.
const clampedTime = (claimed: string, writtenAt: Date) =>
  new Date(Math.min(new Date(claimed).getTime(), writtenAt.getTime()));

function isSamePayload(row: StoredCram, actor: Actor, entry: CramEntryInput): boolean {
  return (
    row.userId === actor.id &&
    row.cardId === entry.cardId &&
    row.rating === entry.rating &&
    row.durationMs === entry.durationMs &&
    row.reviewedAt.getTime() === clampedTime(entry.reviewedAt, row.createdAt).getTime()
  );
}

async function recordOne(actor: Actor, entry: CramEntryInput, now: Date): Promise<CramOutcome> {
  const base = { cramId: entry.cramId };
  // Read and write in one turn of this process's queue; across processes the unique id decides.
  return inDatabaseTurn(async () => {
    const previous = await db.cramLog.findUnique({
      where: { id: entry.cramId },
      select: { userId: true, cardId: true, rating: true, reviewedAt: true, durationMs: true, createdAt: true },
    });
    if (previous) return { ...base, status: isSamePayload(previous, actor, entry) ? "duplicate" : "mismatch" };
    const card = await db.card.findUnique({
      where: { id: entry.cardId },
      select: { retiredAt: true, deck: { select: { ...DECK_ACCESS_SELECT } } },
    });
    if (!card || card.retiredAt || !(await canStudyDeck(actor, card.deck))) return { ...base, status: "gone" };
    try {
      await db.cramLog.create({
        data: {
          id: entry.cramId,
          userId: actor.id,
          cardId: entry.cardId,
          rating: entry.rating,
          reviewedAt: clampedTime(entry.reviewedAt, now),
          durationMs: entry.durationMs,
          createdAt: now,
        },
      });
    } catch (error) {
      // The same id written meanwhile through another process: the database's unique id decides.
      if (!isUniqueViolation(error)) throw error;
      const stored = await db.cramLog.findUniqueOrThrow({
        where: { id: entry.cramId },
        select: { userId: true, cardId: true, rating: true, reviewedAt: true, durationMs: true, createdAt: true },
      });
      return { ...base, status: isSamePayload(stored, actor, entry) ? "duplicate" : "mismatch" };
    }
    return { ...base, status: "recorded" };
  });
}

/**
 * Records a batch of cram ratings, each idempotent on its cramId. Cram ratings are a log of
 * practice only: CardState and ReviewLog are never read for writing nor touched here.
 */
export async function recordCram(actor: Actor | null, entries: unknown[], now: Date): Promise<CramOutcome[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const outcomes: CramOutcome[] = [];
  for (const raw of entries) {
    const parsed = cramEntrySchema.safeParse(raw);
    if (!parsed.success) {
      const cramId = (raw as { cramId?: unknown } | null)?.cramId;
      outcomes.push({
        cramId: typeof cramId === "string" ? cramId : null,
        status: "invalid",
        issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
      });
      continue;
    }
    outcomes.push(await recordOne(actor, parsed.data, now));
  }
  return outcomes;
}
