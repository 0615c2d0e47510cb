// Limits for uploaded Anki packages (.apkg / .colpkg). A package is a zip holding a SQLite file,
// so a small upload can expand enormously; every limit is checked from the zip directory (or the
// zstd frame headers) before anything is inflated, and again against the bytes actually produced.
import { MAX_ITEMS } from "../../content/deck-limits";

/** Entries in the zip (collection, media map, media files 0, 1, …). */
export const MAX_ANKI_ZIP_ENTRIES = 2_000;
/** Sum of the uncompressed sizes the zip directory declares for all entries. */
export const MAX_ANKI_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** The SQLite collection after inflating (and, for collection.anki21b, after zstd). */
export const MAX_ANKI_COLLECTION_BYTES = 64 * 1024 * 1024;
/** Notes read from one package: a deck holds at most MAX_ITEMS items anyway. */
export const MAX_ANKI_NOTES = MAX_ITEMS;
