import "server-only";
import { rate } from "@/lib/core/analytics/flag-items";
import { utcDaySeries, utcWindowStart } from "@/lib/core/analytics/utc-day-series";
import { roleAtLeast } from "@/lib/core/auth/roles";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import {
  readDeckSummary,
  readItemRatings,
  readQuizAnswers,
  readRecallStates,
  readReviewsPerDay,
} from "./deck-analytics-reads";
import { buildItemAnalytics, type ItemAnalytics } from "./item-analytics";

export type { ItemAnalytics } from "./item-analytics";

/** "Active" learners: someone who has not reviewed for a quarter has most likely stopped. */
export const ACTIVE_LEARNER_DAYS = 90;
/** The chart and the retention figure cover the same UTC days, today included. */
export const RECENT_DAYS = 30;
const DAY_MS = 86_400_000;

export type DeckAnalytics = {
  deck: { slug: string; title: string };
  learners: { recent: number; total: number };
  /** RECENT_DAYS UTC days, oldest first, ending with today; days without reviews are 0. */
  reviewsPerDay: { day: string; count: number }[];
  reviewsRecent: number;
  /** Share of reviews of cards in the Review state not rated Again over RECENT_DAYS; null when none. */
  retention: number | null;
  retentionReviews: number;
  items: ItemAnalytics[];
};

type DeckOwner = { ownerId: string | null; origin: string };

/** Owners and admins see a deck's analytics; built-in decks (no owner) every instructor too. */
export function canSeeDeckAnalytics(actor: Actor, deck: DeckOwner): boolean {
  if (roleAtLeast(actor.role, "admin")) return true;
  return (
    roleAtLeast(actor.role, "instructor") &&
    ((deck.ownerId === null && deck.origin === "content") || deck.ownerId === actor.id)
  );
}

/**
 * Learners, activity, retention and per-item trouble spots of one deck, counted up to `now`.
 * Anyone else gets NOT_FOUND, the same as for a missing deck, so the answer does not reveal that
 * a private deck exists.
 */
export async function getDeckAnalytics(actor: Actor | null, slug: string, now: Date): Promise<DeckAnalytics> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await db.deck.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, ownerId: true, origin: true },
  });
  if (!deck || !canSeeDeckAnalytics(actor, deck)) throw new AppError("NOT_FOUND", { message: "deck not found" });

  const recentSince = utcWindowStart(now, RECENT_DAYS);
  // Separate queue turns rather than one: on a deck with 250,000 reviews each scan takes ~0.3 s, and
  // learners' reviews may slip in between them instead of waiting a second behind all of them.
  const [summary, perDay, ratings, states, quiz, items] = await Promise.all([
    readDeckSummary(deck.id, new Date(now.getTime() - ACTIVE_LEARNER_DAYS * DAY_MS), recentSince, now),
    readReviewsPerDay(deck.id, recentSince, now),
    readItemRatings(deck.id, now),
    readRecallStates(deck.id),
    readQuizAnswers(deck.id),
    db.item.findMany({
      where: { deckId: deck.id, retiredAt: null },
      select: { id: true, key: true, type: true, position: true, body: true, answer: true },
      orderBy: { position: "asc" },
    }),
  ]);

  const reviewsPerDay = utcDaySeries(perDay, now, RECENT_DAYS);
  return {
    deck: { slug: deck.slug, title: deck.title },
    learners: { recent: summary.learnersRecent, total: summary.learnersTotal },
    reviewsPerDay,
    reviewsRecent: reviewsPerDay.reduce((sum, day) => sum + day.count, 0),
    retention: rate(summary.retentionPassed, summary.retentionReviews),
    retentionReviews: summary.retentionReviews,
    items: buildItemAnalytics(items, ratings, states, quiz, now),
  };
}
