import "server-only";
// Reads the review history out of an Anki package (.apkg / .colpkg): each card's note GUID and
// template ordinal, and the revlog rows. Same extraction and limits as the deck import.
import type { AnkiRevlogRow } from "@/lib/core/import/anki/map-anki-revlog";
import { extractAnkiCollection } from "./extract-anki-collection";
import { openAnkiCollection } from "./open-anki-collection";

/** A year of heavy daily study is ~100,000 ratings; more than this is refused rather than read. */
export const MAX_ANKI_REVLOG_ROWS = 1_000_000;

export type AnkiHistory = { cards: Map<string, { guid: string; ord: number }>; revlog: AnkiRevlogRow[] };
export type AnkiHistoryResult = { ok: true; history: AnkiHistory } | { ok: false; message: string };

export function readAnkiHistory(bytes: Uint8Array, fileName: string): AnkiHistoryResult {
  const extracted = extractAnkiCollection(bytes);
  if (!extracted.ok) return { ok: false, message: `${fileName} ${extracted.message}` };
  const opened = openAnkiCollection(extracted.bytes, extracted.format === "anki21b");
  if (!opened.ok) return { ok: false, message: `${fileName} ${opened.message}` };
  try {
    const hasRevlog =
      opened.db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'revlog'").pluck().get() ===
      1;
    if (!hasRevlog) return { ok: false, message: `${fileName} has no review history (no revlog table)` };
    const count = opened.db.prepare("SELECT count(*) FROM revlog").pluck().get() as number;
    if (count > MAX_ANKI_REVLOG_ROWS)
      return {
        ok: false,
        message: `${fileName} has ${count} reviews; at most ${MAX_ANKI_REVLOG_ROWS} can be imported`,
      };
    const cards = new Map<string, { guid: string; ord: number }>();
    const cardRows = opened.db
      .prepare(
        "SELECT CAST(c.id AS TEXT) AS id, n.guid AS guid, c.ord AS ord FROM cards c JOIN notes n ON n.id = c.nid",
      )
      .all() as { id: string; guid: unknown; ord: unknown }[];
    for (const row of cardRows) cards.set(row.id, { guid: String(row.guid), ord: Number(row.ord) });
    const revlog = (
      opened.db
        .prepare(
          "SELECT id, CAST(cid AS TEXT) AS cardId, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id",
        )
        .all() as Record<string, unknown>[]
    ).map((row): AnkiRevlogRow => ({
      id: Number(row.id),
      cardId: String(row.cardId),
      ease: Number(row.ease),
      ivl: Number(row.ivl),
      lastIvl: Number(row.lastIvl),
      factor: Number(row.factor),
      time: Number(row.time),
      type: Number(row.type),
    }));
    return { ok: true, history: { cards, revlog } };
  } catch (error) {
    return { ok: false, message: `${fileName} could not be read as an Anki collection (${(error as Error).message})` };
  } finally {
    opened.db.close();
  }
}
