import "server-only";
// Publishes parsed decks into the database (docs/deck-format.md): one transaction per call, in
// place, never deleting, and writing nothing at all when nothing changed.
import { formatDeckError, type DeckError, type DeckSourceFile, type ParsedDeck } from "@/lib/core/content";
import { db } from "../db";
import { AppError } from "../errors";
import { CONTENT_DECKS_ROOT, readContentDecks } from "./read-deck-folder";
import { syncDeckItems, type ItemSyncResult, type Tx } from "./sync-deck-items";

/** What one deck's sync did; `version` is the new Deck.publishedVersion, or null when nothing changed. */
export type SyncSummary = ItemSyncResult & { slug: string; version: number | null };

export type SyncDeckOptions = { origin: "content"; sourceFiles: DeckSourceFile[] };

// A first sync of a large deck is a few hundred statements; Prisma's 5 s default is too tight
// on a slow disk, and nothing else can run meanwhile anyway (db.ts queues every operation).
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 120_000 };

/**
 * Upserts the deck by slug and brings its items and cards in line with `parsed`, in one
 * transaction. Changed items keep their row id and cards (so learners keep their progress),
 * missing ones are retired, returning ones restored. When anything changed, the deck's
 * publishedVersion goes up by one and a DeckVersion row records the files and the summary.
 */
export async function syncDeck(parsed: ParsedDeck, options: SyncDeckOptions): Promise<SyncSummary> {
  const now = new Date();
  return db.$transaction((tx) => syncDeckWith(tx, parsed, options, now), TRANSACTION_OPTIONS);
}

/**
 * Reads every deck folder under `root` and syncs them all in one transaction. When any deck has
 * errors nothing is written and the AppError (UNPROCESSABLE) lists every `file:line:column: message`.
 */
export async function syncContentDecks(root: string = CONTENT_DECKS_ROOT): Promise<SyncSummary[]> {
  const decks = readContentDecks(root);
  const errors = decks.flatMap((deck) => (deck.result.ok ? [] : deck.result.errors));
  if (errors.length > 0) throw deckErrors(errors);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const summaries: SyncSummary[] = [];
    for (const deck of decks) {
      if (!deck.result.ok) continue; // unreachable: checked above
      summaries.push(await syncDeckWith(tx, deck.result.deck, { origin: "content", sourceFiles: deck.files }, now));
    }
    return summaries;
  }, TRANSACTION_OPTIONS);
}

/** The error for decks that do not parse: one `file:line:column: message` line per problem. */
export function deckErrors(errors: DeckError[]): AppError {
  const lines = errors.map(formatDeckError);
  const message = `${errors.length} error${errors.length === 1 ? "" : "s"} in the deck files; nothing was synced:\n${lines.join("\n")}`;
  return new AppError("UNPROCESSABLE", { message, details: { errors } });
}

async function syncDeckWith(tx: Tx, parsed: ParsedDeck, options: SyncDeckOptions, now: Date): Promise<SyncSummary> {
  const deck = await findOrCreateDeck(tx, parsed, options);
  const items = await syncDeckItems(tx, deck, parsed.items, now);
  const { added, changed, retired, restored, moved } = items;
  const isChanged = deck.isNew || deck.isMetaChanged || [added, changed, retired, restored, moved].some((keys) => keys.length > 0);
  if (!isChanged) return { slug: parsed.slug, ...items, version: null };
  const version = deck.publishedVersion + 1;
  await tx.deck.update({ where: { id: deck.id }, data: { ...deckColumns(parsed, options), publishedVersion: version } });
  const summary = { added, changed, unchanged: items.unchanged, retired, restored, moved };
  await tx.deckVersion.create({ data: { deckId: deck.id, version, source: JSON.stringify(options.sourceFiles), summary } });
  return { slug: parsed.slug, ...items, version };
}

type DeckRow = { id: string; slug: string; publishedVersion: number; isNew: boolean; isMetaChanged: boolean };

async function findOrCreateDeck(tx: Tx, parsed: ParsedDeck, options: SyncDeckOptions): Promise<DeckRow> {
  const existing = await tx.deck.findUnique({ where: { slug: parsed.slug } });
  if (!existing) {
    const created = await tx.deck.create({ data: { slug: parsed.slug, ...deckColumns(parsed, options) }, select: { id: true } });
    return { id: created.id, slug: parsed.slug, publishedVersion: 0, isNew: true, isMetaChanged: false };
  }
  if (existing.origin !== options.origin || existing.ownerId !== null) {
    // A deck someone made in the editor must never be overwritten by a content folder of the same name.
    throw new AppError("CONFLICT", { message: `deck "${parsed.slug}" already exists and was not loaded from ${CONTENT_DECKS_ROOT}; rename the folder and its slug` });
  }
  const wanted = deckColumns(parsed, options);
  const isMetaChanged =
    existing.title !== wanted.title ||
    existing.description !== wanted.description ||
    existing.language !== wanted.language ||
    existing.kubernetesVersion !== wanted.kubernetesVersion ||
    existing.isPublished !== wanted.isPublished ||
    JSON.stringify(existing.sections) !== JSON.stringify(wanted.sections);
  return { id: existing.id, slug: parsed.slug, publishedVersion: existing.publishedVersion, isNew: false, isMetaChanged };
}

function deckColumns(parsed: ParsedDeck, options: SyncDeckOptions) {
  return {
    title: parsed.title,
    description: parsed.description ?? null,
    language: parsed.language,
    kubernetesVersion: parsed.kubernetesVersion,
    origin: options.origin,
    ownerId: null,
    isPublished: true,
    sections: parsed.sections.map((section) => ({ id: section.id, title: section.title, notes: section.notes })),
  };
}
