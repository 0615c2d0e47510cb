import "server-only";
import { memoryStateSchema } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { rowFromMemory } from "./memory-state-row";

/**
 * Takes back one rating: only the learner's own, only the latest live one of its card, and only
 * while the card is still in the state that rating produced. The log row stays, marked undone.
 */
export async function undoReview(
  actor: Actor | null,
  reviewId: string,
  now: Date,
): Promise<{ cardId: string; reps: number }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findUnique({ where: { id: reviewId } });
    if (!log || log.userId !== actor.id || log.kind !== "review") throw new AppError("NOT_FOUND");
    if (log.undoneAt) throw new AppError("CONFLICT", { message: "already-undone" });
    const later = await tx.reviewLog.count({
      where: { userId: actor.id, cardId: log.cardId, undoneAt: null, reviewedAt: { gt: log.reviewedAt } },
    });
    const state = await tx.cardState.findUnique({ where: { userId_cardId: { userId: actor.id, cardId: log.cardId } } });
    const after = memoryStateSchema.parse(log.stateAfter);
    if (later > 0 || !state || state.reps !== after.reps) throw new AppError("CONFLICT", { message: "not-latest" });
    const before = memoryStateSchema.parse(log.stateBefore);
    const wasLeech = (log.stateBefore as { leech?: boolean }).leech ?? false;
    // Both writes are compare-and-set, so an undo racing a rating (or another undo) in another
    // process changes nothing: the state must still be the one this rating produced, the log live.
    const moved = await tx.cardState.updateMany({
      where: { id: state.id, reps: after.reps },
      data: { ...rowFromMemory(before), leech: wasLeech, suspended: wasLeech ? state.suspended : false },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", { message: "not-latest" });
    const marked = await tx.reviewLog.updateMany({ where: { id: reviewId, undoneAt: null }, data: { undoneAt: now } });
    if (marked.count === 0) throw new AppError("CONFLICT", { message: "already-undone" });
    return { cardId: log.cardId, reps: before.reps };
  });
}
