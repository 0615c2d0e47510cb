import "server-only";
// The workload at a few desired retentions for one deck, simulated with the weights its reviews are
// scheduled with (simulate-workload.ts): the learner's learned cards from their memory and due day,
// the deck's new cards at the learner's daily limit, a year ahead.
import {
  ADVICE_RETENTIONS,
  simulateWorkload,
  type SimulatedCard,
  type WorkloadPoint,
} from "@/lib/core/optimizer/simulate-workload";
import { daysBetween, learningDayOf } from "@/lib/core/scheduler/learning-day";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { readQueueCards, readQueueStates } from "../reviews/queue-statements";
import { studySettingsFor } from "../reviews/scheduler-settings-for";

export const ADVICE_DAYS = 365;

export type RetentionAdvice = { days: number; current: number; isFitted: boolean; points: WorkloadPoint[] };

export async function getRetentionAdvice(actor: Actor | null, deckSlug: string, now: Date): Promise<RetentionAdvice> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  const settings = await studySettingsFor(actor.id, deck.id);
  const { timeZone, rolloverHour, weights, desiredRetention, maximumInterval } = settings.scheduler;
  const [cards, states] = await Promise.all([readQueueCards(deck.id), readQueueStates(actor.id, deck.id)]);
  const dayOf = (at: Date) => learningDayOf(at, timeZone, rolloverHour);
  const today = dayOf(now);
  const live = new Set(cards.map((c) => c.id));
  const learned: SimulatedCard[] = states
    .filter((s) => live.has(s.cardId) && !s.suspended && s.state !== "new" && s.lastReview !== null)
    .map((s) => ({
      stability: s.stability,
      difficulty: s.difficulty,
      dueInDays: daysBetween(today, dayOf(s.due)),
      elapsedDaysAtDue: daysBetween(dayOf(s.lastReview!), dayOf(s.due)),
    }));
  const started = new Set(states.filter((s) => s.state !== "new" || s.suspended).map((s) => s.cardId));
  const newCards = cards.filter((c) => !started.has(c.id)).length;
  const retentions = [...new Set([...ADVICE_RETENTIONS, desiredRetention])].sort((a, b) => a - b);
  const points = simulateWorkload({
    weights,
    retentions,
    cards: learned,
    newCards,
    newPerDay: settings.limits.newPerDay,
    days: ADVICE_DAYS,
    maximumInterval,
    seed: 18,
  });
  return { days: ADVICE_DAYS, current: desiredRetention, isFitted: weights !== null, points };
}
