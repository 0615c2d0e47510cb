import "server-only";
// The signed-in home page's deck list (Anki's): every deck the learner may study, each with what its
// review screen has for them today. Class decks carry the names of the classes that chose them.
import type { Actor } from "../auth/current-user";
import { listClassDecksFor } from "../classes/list-class-decks-for";
import { db } from "../db";
import { dueToday, type DueToday } from "../reviews/due-today";
import { DECK_ACCESS_SELECT, filterStudyable } from "./can-study-deck";
import { listPublicDecks, type DeckSummary } from "./list-decks";

export type HomeDeck = DeckSummary & { due: DueToday; classNames: string[] };

/** Class decks first (where the instructor wants the learner to start), then the others, by title. */
export async function listHomeDecks(
  actor: Actor,
  now: Date,
): Promise<{ classDecks: HomeDeck[]; otherDecks: HomeDeck[] }> {
  const [listed, classDecks] = await Promise.all([listPublicDecks(actor), listClassDecksFor(actor)]);
  const classNames = new Map(classDecks.map((d) => [d.slug, d.classNames]));
  const summaries = new Map<string, DeckSummary>([...listed, ...classDecks].map((d) => [d.slug, d]));
  const rows = await db.deck.findMany({
    where: { slug: { in: [...summaries.keys()] } },
    select: { slug: true, ...DECK_ACCESS_SELECT },
  });
  const studyable = await filterStudyable(actor, rows);
  const decks: HomeDeck[] = [];
  // One deck after another: each queue read waits in the database queue anyway (as the dashboard does).
  for (const row of studyable) {
    const { slug, title, description, items, cards } = summaries.get(row.slug)!;
    decks.push({
      slug,
      title,
      description,
      items,
      cards,
      due: await dueToday(actor.id, row.id, now),
      classNames: classNames.get(row.slug) ?? [],
    });
  }
  decks.sort((a, b) => a.title.localeCompare(b.title));
  return {
    classDecks: decks.filter((d) => d.classNames.length > 0),
    otherDecks: decks.filter((d) => d.classNames.length === 0),
  };
}
