import "server-only";
import { learningDayOf } from "@/lib/core/scheduler/learning-day";
import { newMemoryState } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { rowFromMemory } from "../reviews/memory-state-row";
import { isClosed, loadOwnAttempt } from "./load-attempt";

/**
 * "Review my misses": every card of a missed item becomes due today for the learner — cards in
 * review are made due now, new cards jump today's queue. No FSRS history is written.
 */
export async function reviewMisses(actor: Actor | null, attemptId: string, now: Date): Promise<{ cards: number }> {
  return db.$transaction(async (tx) => {
    const attempt = await loadOwnAttempt(actor, attemptId);
    if (!isClosed(attempt, now)) throw new AppError("CONFLICT", { message: "attempt-open" });
    const missed = attempt.answers.filter((a) => a.verdict !== "correct").map((a) => a.itemId);
    const unanswered = attempt.plan.questions
      .map((q) => q.itemId)
      .filter((id) => !attempt.answers.some((a) => a.itemId === id));
    const cards = await tx.card.findMany({
      where: { itemId: { in: [...missed, ...unanswered] }, retiredAt: null },
      select: { id: true },
    });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor!.id },
      select: { timeZone: true, rolloverHour: true },
    });
    const today = learningDayOf(now, user.timeZone, user.rolloverHour);
    for (const card of cards) {
      const key = { userId_cardId: { userId: actor!.id, cardId: card.id } };
      const state = await tx.cardState.findUnique({ where: key, select: { state: true, due: true } });
      const dueNow = state && state.state !== "new" && state.due > now ? { due: now } : {};
      await tx.cardState.upsert({
        where: key,
        create: { userId: actor!.id, cardId: card.id, ...rowFromMemory(newMemoryState(now)), priorityDay: today },
        update: { ...dueNow, priorityDay: today, buriedUntil: null },
      });
    }
    return { cards: cards.length };
  });
}
