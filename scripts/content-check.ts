// `npm run content:check [folder]`: parses every deck under content/decks (or `folder`) without a
// database, prints per deck a table of counts per section and type, and every error as
// `file:line:column: message`. Exit code 1 on any error.
import { DECK_ITEM_TYPES, formatDeckError, isQuizItem, type DeckItemType, type ParsedDeck } from "../lib/core/content";
import { CONTENT_DECKS_ROOT, readContentDecks, type ReadDeck } from "../lib/server/decks/read-deck-folder";
import { findUnrenderableClozes } from "../lib/server/content/find-unrenderable-clozes";

type Counts = { items: number; cards: number; quiz: number } & Record<DeckItemType, number>;

const COLUMNS: (keyof Counts)[] = ["items", "cards", "quiz", ...DECK_ITEM_TYPES];

function emptyCounts(): Counts {
  return Object.fromEntries(COLUMNS.map((column) => [column, 0])) as Counts;
}

/** Counts per section id (in front-matter order) plus a total row. */
function countDeck(deck: ParsedDeck): Map<string, Counts> {
  const rows = new Map<string, Counts>(deck.sections.map((section) => [section.id, emptyCounts()]));
  const total = emptyCounts();
  const cardsByItem = new Map<string, number>();
  for (const card of deck.cards) cardsByItem.set(card.itemId, (cardsByItem.get(card.itemId) ?? 0) + 1);
  for (const item of deck.items) {
    for (const counts of [rows.get(item.section)!, total]) {
      counts.items += 1;
      counts.cards += cardsByItem.get(item.id) ?? 0;
      counts.quiz += isQuizItem(item) ? 1 : 0;
      counts[item.type] += 1;
    }
  }
  rows.set("total", total);
  return rows;
}

function formatTable(rows: Map<string, Counts>): string {
  const header = ["section", ...COLUMNS];
  const body = [...rows].map(([name, counts]) => [name, ...COLUMNS.map((column) => String(counts[column]))]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...body.slice(0, -1).map(line), rule, line(body[body.length - 1])].join("\n");
}

function report(read: ReadDeck): number {
  if (!read.result.ok) {
    console.log(`\n✗ ${read.folder}: ${read.result.errors.length} error(s)`);
    for (const error of read.result.errors) console.error(formatDeckError(error));
    return read.result.errors.length;
  }
  const deck = read.result.deck;
  const unrenderable = findUnrenderableClozes(deck);
  if (unrenderable.length > 0) {
    console.log(`\n✗ ${read.folder}: ${unrenderable.length} cloze deletion(s) that cannot render`);
    for (const error of unrenderable) console.error(formatDeckError(error));
    return unrenderable.length;
  }
  console.log(`\n✓ ${deck.slug} (${read.files.length} files): ${deck.items.length} items, ${deck.cards.length} cards`);
  console.log(formatTable(countDeck(deck)));
  return 0;
}

function main() {
  const started = performance.now();
  const root = process.argv[2] ?? CONTENT_DECKS_ROOT;
  const decks = readContentDecks(root);
  const errors = decks.reduce((sum, deck) => sum + report(deck), 0);
  const items = decks.reduce((sum, deck) => sum + (deck.result.ok ? deck.result.deck.items.length : 0), 0);
  const cards = decks.reduce((sum, deck) => sum + (deck.result.ok ? deck.result.deck.cards.length : 0), 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${decks.length} deck(s) in ${root}: ${items} items, ${cards} cards, ${errors} error(s) (${seconds}s)`);
  if (decks.length === 0) console.error(`no deck folders in ${root}`);
  process.exitCode = errors > 0 || decks.length === 0 ? 1 : 0;
}

main();
