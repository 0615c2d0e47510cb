import "server-only";
import { addDays, learningDayOf } from "@/lib/core/scheduler/learning-day";
import { fillDays, forecastRanges, learningDayRanges } from "@/lib/core/stats/day-ranges";
import { HEATMAP_DAYS, heatmapCells, type HeatmapCell } from "@/lib/core/stats/heatmap";
import { masteryBySection, type MasteryCountRow, type SectionMastery } from "@/lib/core/stats/mastery";
import { retentionByWeek, type WeekRetention } from "@/lib/core/stats/retention-by-week";
import { studyStreak, type Streak } from "@/lib/core/stats/streak";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { filterStudyable } from "../decks/can-study-deck";
import { AppError } from "../errors";
import { dueToday, type DueToday } from "../reviews/due-today";
import {
  readDueForecast,
  readMasteryCounts,
  readReviewDays,
  readStudiedDecks,
  type StudiedDeckRow,
} from "./dashboard-reads";

export const FORECAST_DAYS = 30;

export type DeckDashboard = {
  slug: string;
  title: string;
  /** The same counts the review screen starts with (its queue, within the daily limits). */
  dueToday: DueToday;
  sections: SectionMastery[];
};

export type Dashboard = {
  today: string;
  timeZone: string;
  rolloverHour: number;
  desiredRetention: number;
  reviewsToday: number;
  reviewsInYear: number;
  streak: Streak;
  heatmap: HeatmapCell[];
  retention: WeekRetention[];
  forecast: { day: string; count: number }[];
  decks: DeckDashboard[];
};

type Sections = { id: string; title: string }[];

async function deckDashboard(
  userId: string,
  deck: StudiedDeckRow,
  masteryRows: Map<string, MasteryCountRow[]>,
  now: Date,
): Promise<DeckDashboard> {
  const sections = Array.isArray(deck.sections) ? (deck.sections as Sections) : [];
  return {
    slug: deck.slug,
    title: deck.title,
    dueToday: await dueToday(userId, deck.id, now),
    sections: masteryBySection(sections, masteryRows.get(deck.id) ?? []),
  };
}

/**
 * Everything the learner's dashboard shows, for the decks they study: built-in decks, decks they
 * have answered cards in and their classes' decks (drafts they may not study are left out).
 * Days are the learner's learning days (zone + rollover hour); undone reviews never count.
 */
export async function getDashboard(actor: Actor | null, now: Date): Promise<Dashboard> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { timeZone: true, rolloverHour: true, desiredRetention: true },
  });
  const { timeZone, rolloverHour } = user;
  const today = learningDayOf(now, timeZone, rolloverHour);
  const firstDay = addDays(today, -(HEATMAP_DAYS - 1));
  const decks = await filterStudyable(actor, await readStudiedDecks(actor.id));
  const deckIds = decks.map((d) => d.id);
  const [days, forecast, mastery] = await Promise.all([
    readReviewDays(actor.id, learningDayRanges(firstDay, HEATMAP_DAYS, timeZone, rolloverHour)),
    readDueForecast(actor.id, deckIds, forecastRanges(today, FORECAST_DAYS, timeZone, rolloverHour)),
    readMasteryCounts(actor.id, deckIds),
  ]);
  const counts = new Map(days.map((d) => [d.day, d.reviews]));
  const perDeck = [];
  // One deck after another: each queue read waits in the database queue anyway.
  for (const deck of decks) perDeck.push(await deckDashboard(actor.id, deck, mastery, now));
  return {
    today,
    timeZone,
    rolloverHour,
    desiredRetention: user.desiredRetention,
    reviewsToday: counts.get(today) ?? 0,
    reviewsInYear: days.reduce((sum, d) => sum + d.reviews, 0),
    streak: studyStreak(new Set(days.filter((d) => d.reviews > 0).map((d) => d.day)), today, firstDay),
    heatmap: heatmapCells(counts, today),
    retention: retentionByWeek(
      days.map((d) => ({ day: d.day, total: d.recallTotal, passed: d.recallPassed })),
      today,
    ),
    forecast: fillDays(forecast, today, FORECAST_DAYS),
    decks: perDeck,
  };
}
