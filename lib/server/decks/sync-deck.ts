import "server-only";
// Publishes parsed decks into the database (docs/deck-format.md): one transaction per call, in
// place, never deleting, and writing nothing at all when nothing changed.
import { sameJson } from "@/lib/core/json/same-json";
import { formatDeckError, type DeckError, type DeckSourceFile, type ParsedDeck } from "@/lib/core/content";
import { db } from "../db";
import { AppError } from "../errors";
import { CONTENT_DECKS_ROOT, readContentDecks } from "./read-deck-folder";
import { syncDeckItems, type ItemSyncResult, type Tx } from "./sync-deck-items";

/** What one deck's sync did; `version` is the new Deck.publishedVersion, or null when nothing changed. */
export type SyncSummary = ItemSyncResult & { slug: string; version: number | null; reset: string[] };

/**
 * Built-in decks come from content/ and belong to nobody; instructor decks (editor, import) belong
 * to their owner, who the caller has already checked. `majorKeys`: changed items whose learners'
 * state restarts (a "major" change); every other change keeps everyone's progress.
 */
export type SyncDeckOptions =
  | { origin: "content"; sourceFiles: DeckSourceFile[] }
  | { origin: "editor" | "import"; ownerId: string; sourceFiles: DeckSourceFile[]; majorKeys?: string[] };

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

/** The same as syncDeck inside the caller's transaction (imports write more than the deck). */
export { syncDeckWith };
export { TRANSACTION_OPTIONS as SYNC_TRANSACTION_OPTIONS };

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
  const isChanged =
    deck.isNew || deck.isMetaChanged || [added, changed, retired, restored, moved].some((keys) => keys.length > 0);
  if (!isChanged) return { slug: parsed.slug, ...items, version: null, reset: [] };
  const reset =
    options.origin === "content" ? [] : await resetMajorChanges(tx, deck.id, changed, options.majorKeys ?? []);
  const version = deck.publishedVersion + 1;
  // One deck version at a time, whichever process publishes: the version moves only from the one read.
  const published = await tx.deck.updateMany({
    where: { id: deck.id, publishedVersion: deck.publishedVersion },
    data: { ...deckColumns(parsed), publishedVersion: version },
  });
  if (published.count === 0) throw new AppError("CONFLICT", { message: "deck-changed-meanwhile" });
  const summary = { added, changed, unchanged: items.unchanged, retired, restored, moved, reset };
  await tx.deckVersion.create({
    data: { deckId: deck.id, version, source: JSON.stringify(options.sourceFiles), summary },
  });
  return { slug: parsed.slug, ...items, version, reset };
}

/**
 * A major change makes the old memory of a card meaningless (a different question under the same
 * id), so learners' state for its cards restarts: the CardState rows go, the card is new again. The
 * ReviewLog rows stay, as history; only changed items can be reset.
 */
async function resetMajorChanges(tx: Tx, deckId: string, changed: string[], majorKeys: string[]): Promise<string[]> {
  const keys = majorKeys.filter((key) => changed.includes(key));
  if (keys.length === 0) return [];
  await tx.cardState.deleteMany({ where: { card: { deckId, item: { key: { in: keys } } } } });
  return keys;
}

type DeckRow = { id: string; slug: string; publishedVersion: number; isNew: boolean; isMetaChanged: boolean };

async function findOrCreateDeck(tx: Tx, parsed: ParsedDeck, options: SyncDeckOptions): Promise<DeckRow> {
  const existing = await tx.deck.findUnique({ where: { slug: parsed.slug } });
  if (!existing) {
    const created = await tx.deck.create({
      data: { slug: parsed.slug, ...deckColumns(parsed), ...ownershipColumns(options) },
      select: { id: true },
    });
    return { id: created.id, slug: parsed.slug, publishedVersion: 0, isNew: true, isMetaChanged: false };
  }
  if (options.origin !== "content") {
    if (existing.ownerId === null)
      throw new AppError("CONFLICT", {
        message: `deck "${parsed.slug}" is a built-in deck; change it in ${CONTENT_DECKS_ROOT}`,
      });
  } else if (existing.origin !== options.origin || existing.ownerId !== null) {
    // A deck someone made in the editor must never be overwritten by a content folder of the same name.
    throw new AppError("CONFLICT", {
      message: `deck "${parsed.slug}" already exists and was not loaded from ${CONTENT_DECKS_ROOT}; rename the folder and its slug`,
    });
  }
  const wanted = deckColumns(parsed);
  const isMetaChanged =
    existing.title !== wanted.title ||
    existing.description !== wanted.description ||
    existing.language !== wanted.language ||
    existing.kubernetesVersion !== wanted.kubernetesVersion ||
    existing.isPublished !== wanted.isPublished ||
    !sameJson(existing.sections, wanted.sections);
  return {
    id: existing.id,
    slug: parsed.slug,
    publishedVersion: existing.publishedVersion,
    isNew: false,
    isMetaChanged,
  };
}

/** Set once, when the deck is created: republishing never changes who owns a deck (an admin's import does not take it over). */
function ownershipColumns(options: SyncDeckOptions) {
  // Built-in decks are public; an instructor's deck starts private to its owner and their classes.
  return options.origin === "content"
    ? { origin: options.origin, ownerId: null, visibility: "public" }
    : { origin: options.origin, ownerId: options.ownerId, visibility: "private" };
}

function deckColumns(parsed: ParsedDeck) {
  return {
    title: parsed.title,
    description: parsed.description ?? null,
    language: parsed.language,
    kubernetesVersion: parsed.kubernetesVersion,
    isPublished: true,
    sections: parsed.sections.map((section) => ({ id: section.id, title: section.title, notes: section.notes })),
  };
}
