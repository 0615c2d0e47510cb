/**
 * Limits for untrusted deck files (decks are uploaded by instructors later). The parser refuses
 * anything beyond them before doing expensive work.
 */
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_ITEMS = 2_000;
/** Collection nesting depth of one YAML block; the item mapping itself is depth 1. */
export const MAX_DEPTH = 20;
/**
 * A lexical bracket count above this fails fast before the YAML tokenizer runs. It is deliberately
 * looser than MAX_DEPTH (it cannot tell prose brackets from flow collections); the exact depth
 * check runs on the token tree afterwards.
 */
export const MAX_PRESCAN_DEPTH = 100;
/** Errors reported per deck; a hostile file could otherwise produce millions. */
export const MAX_ERRORS = 1_000;
