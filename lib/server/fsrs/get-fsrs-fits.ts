import "server-only";
// What study settings shows about a learner's FSRS weights: whether fitted ones are in use, the last
// fits with their figures (review count, log loss and RMSE before and after), and any fit waiting.
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";

export type FitRecord = {
  id: string;
  trigger: string;
  status: string;
  requestedAt: string;
  finishedAt: string | null;
  applied: boolean;
  error: string | null;
  reviewCount: number | null;
  itemCount: number | null;
  current: { logLoss: number; rmse: number } | null;
  fitted: { logLoss: number; rmse: number } | null;
};
export type FitScopeView = { isFitted: boolean; pending: boolean; fits: FitRecord[] };
export type FsrsFitsView = { learner: FitScopeView; deck: FitScopeView | null };

const FIT_SELECT = {
  id: true,
  trigger: true,
  status: true,
  requestedAt: true,
  finishedAt: true,
  applied: true,
  error: true,
  reviewCount: true,
  itemCount: true,
  currentLogLoss: true,
  currentRmse: true,
  fittedLogLoss: true,
  fittedRmse: true,
} as const;
const HISTORY = 5;

type FitRow = {
  id: string;
  trigger: string;
  status: string;
  requestedAt: Date;
  finishedAt: Date | null;
  applied: boolean;
  error: string | null;
  reviewCount: number | null;
  itemCount: number | null;
  currentLogLoss: number | null;
  currentRmse: number | null;
  fittedLogLoss: number | null;
  fittedRmse: number | null;
};

function toRecord(row: FitRow): FitRecord {
  const pair = (logLoss: number | null, rmse: number | null) =>
    logLoss === null || rmse === null ? null : { logLoss, rmse };
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    applied: row.applied,
    error: row.error,
    reviewCount: row.reviewCount,
    itemCount: row.itemCount,
    current: pair(row.currentLogLoss, row.currentRmse),
    fitted: pair(row.fittedLogLoss, row.fittedRmse),
  };
}

async function scopeView(userId: string, deckId: string | null, isFitted: boolean): Promise<FitScopeView> {
  const rows = await db.fsrsFit.findMany({
    where: { userId, deckId },
    orderBy: { requestedAt: "desc" },
    take: HISTORY,
    select: FIT_SELECT,
  });
  return {
    isFitted,
    pending: rows.some((r) => r.status === "queued" || r.status === "running"),
    fits: rows.map(toRecord),
  };
}

/** The learner's own fits, and the deck's when the deck has a retention of its own. */
export async function getFsrsFits(actor: Actor | null, deckSlug: string): Promise<FsrsFitsView> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      fsrsParams: true,
      deckSettings: { where: { deckId: deck.id }, select: { desiredRetention: true, fsrsParams: true } },
    },
  });
  const own = user.deckSettings[0];
  return {
    learner: await scopeView(actor.id, null, user.fsrsParams !== null),
    deck: own?.desiredRetention != null ? await scopeView(actor.id, deck.id, own.fsrsParams !== null) : null,
  };
}
