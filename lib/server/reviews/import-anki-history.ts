import "server-only";
// A learner brings their Anki review history along: the revlog rows of the cards in an .apkg /
// .colpkg whose note (GUID) and template are cards of a deck they study here are added to their
// ReviewLog as kind 'anki' (cram and manual rows as 'anki-cram' / 'anki-manual'), so their history
// shows and the optimizer learns from it. Card states are not touched: these rows are history from
// elsewhere, not ratings made here. Ids are derived from the row, so importing again adds nothing twice.
import crypto from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { mapAnkiRevlog, type ImportedRating } from "@/lib/core/import/anki/map-anki-revlog";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { itemIdFromGuid } from "../decks/import/anki/item-id-from-guid";
import { readAnkiHistory } from "../decks/import/anki/read-anki-history";

export type AnkiHistoryOutcome =
  | {
      ok: true;
      committed: boolean;
      matchedCards: number;
      reviews: number;
      unmatchedReviews: number;
      alreadyImported: number;
      imported: number;
    }
  | { ok: false; message: string };

const CHUNK = 500;

const logId = (userId: string, rating: ImportedRating, ankiCardId: string) =>
  `anki:${userId}:${rating.revlogId}:${ankiCardId}`;

/** Our card ids of the deck by `${item key}#${ordinal}`. */
async function deckCards(deckId: string): Promise<Map<string, string>> {
  const cards = await db.card.findMany({
    where: { deckId, retiredAt: null },
    select: { id: true, ordinal: true, item: { select: { key: true } } },
  });
  return new Map(cards.map((card) => [`${card.item.key}#${card.ordinal}`, card.id]));
}

async function existingIds(ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await db.reviewLog.findMany({
      where: { id: { in: ids.slice(start, start + CHUNK) } },
      select: { id: true },
    });
    rows.forEach((row) => found.add(row.id));
  }
  return found;
}

function logRow(
  userId: string,
  id: string,
  rating: ImportedRating,
  ankiCardId: string,
  now: Date,
): Prisma.ReviewLogCreateManyInput {
  const source = { source: "anki", revlogId: rating.revlogId, ankiCardId, ...rating.anki };
  return {
    id,
    userId,
    cardId: rating.cardId,
    kind: rating.kind,
    rating: rating.rating,
    previousState: rating.previousState,
    stateBefore: { source: "anki" },
    stateAfter: source,
    reviewedAt: rating.reviewedAt,
    durationMs: rating.durationMs,
    payloadHash: crypto.createHash("sha256").update(JSON.stringify(source)).digest("hex"),
    createdAt: now,
  };
}

/** Previews (commit false) or adds the package's history of the deck's cards to the learner's log. */
export async function importAnkiHistory(
  actor: Actor | null,
  deckSlug: string,
  upload: { fileName: string; bytes: Uint8Array },
  options: { commit: boolean },
  now: Date,
): Promise<AnkiHistoryOutcome> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  const read = readAnkiHistory(upload.bytes, upload.fileName);
  if (!read.ok) return read;
  const ours = await deckCards(deck.id);
  const ankiCardOf = new Map<string, string>(); // our card id → an Anki card id, for the log id
  const ourCardOf = (ankiCardId: string) => {
    const card = read.history.cards.get(ankiCardId);
    const cardId = card ? ours.get(`${itemIdFromGuid(card.guid)}#${card.ord + 1}`) : undefined;
    if (cardId) ankiCardOf.set(cardId, ankiCardId);
    return cardId;
  };
  const { ratings, unmatched } = mapAnkiRevlog(read.history.revlog, ourCardOf);
  const rows = ratings.map((rating) => ({ rating, id: logId(actor.id, rating, ankiCardOf.get(rating.cardId)!) }));
  const existing = await existingIds(rows.map((row) => row.id));
  const fresh = rows.filter((row) => !existing.has(row.id));
  const base = {
    ok: true as const,
    matchedCards: new Set(ratings.map((r) => r.cardId)).size,
    reviews: ratings.length,
    unmatchedReviews: unmatched,
    alreadyImported: existing.size,
  };
  if (!options.commit) return { ...base, committed: false, imported: 0 };
  const data = fresh.map((row) => logRow(actor.id, row.id, row.rating, ankiCardOf.get(row.rating.cardId)!, now));
  const chunks = [];
  for (let start = 0; start < data.length; start += CHUNK)
    chunks.push(db.reviewLog.createMany({ data: data.slice(start, start + CHUNK) }));
  await db.$transaction(chunks);
  return { ...base, committed: true, imported: data.length };
}
