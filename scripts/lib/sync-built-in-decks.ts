// Loads the decks under content/decks into the database: at start-up (scripts/prepare-start.ts) and by
// `npm run content:sync`. Nothing is written when any deck has an error.
import type { SyncSummary } from "../../lib/server/decks/sync-deck";

/** One line per deck; never says "applied", which start-up reserves for migrations. */
export function formatSyncLine(summary: SyncSummary): string {
  const live = summary.unchanged + summary.added.length + summary.changed.length;
  if (summary.version === null) return `deck ${summary.slug}: up to date (${live} items)`;
  const counts = [
    `${summary.added.length} added`,
    `${summary.changed.length} changed`,
    `${summary.retired.length} retired`,
    `${summary.restored.length} restored`,
    `${summary.moved.length} moved`,
  ];
  return `deck ${summary.slug}: published version ${summary.version} (${counts.join(", ")}; ${live} items)`;
}

/** The item keys behind each count, for `npm run content:sync`. */
export function formatSyncDetails(summary: SyncSummary): string[] {
  const lists = {
    added: summary.added,
    changed: summary.changed,
    retired: summary.retired,
    restored: summary.restored,
    moved: summary.moved,
  };
  return Object.entries(lists).flatMap(([name, keys]) => (keys.length > 0 ? [`  ${name}: ${keys.join(", ")}`] : []));
}

/**
 * Syncs every deck under content/decks and prints a line per deck. Throws (with every
 * `file:line:column: message`) when a deck has errors. Closes the database client afterwards so
 * that the calling script can exit.
 */
export async function syncBuiltInDecks(options: { details?: boolean } = {}): Promise<SyncSummary[]> {
  // Imported here, not at the top: the client reads the environment when it is created, and
  // prepare-start.ts must first have checked the settings and applied the migrations.
  const { db } = await import("../../lib/server/db");
  const { syncContentDecks } = await import("../../lib/server/decks/sync-deck");
  try {
    const summaries = await syncContentDecks();
    for (const summary of summaries) {
      console.log(`[kubedrill] ${formatSyncLine(summary)}`);
      if (options.details) formatSyncDetails(summary).forEach((line) => console.log(line));
    }
    return summaries;
  } finally {
    await db.$disconnect();
  }
}
