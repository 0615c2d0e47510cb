// What a deck and its parts are called in URLs, file names and stored ids: lower-case a-z, 0-9
// and dashes. The one copy of each pattern: the deck schema, the import and edit endpoints, the
// API description and the Anki GUID mapping all test against these.

/** A deck slug: 3–64 characters (its URL and its folder under content/decks). */
export const DECK_SLUG_PATTERN = /^[a-z0-9-]{3,64}$/;
/** An item id: 3–80 characters; cards and review history hang on it. */
export const ITEM_ID_PATTERN = /^[a-z0-9-]{3,80}$/;
/** A section id: 1–64 characters. */
export const SECTION_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
