// Public API of the deck parser (docs/deck-format.md). Other layers import from here.
export { parseDeck, type ParseDeckOptions, type ParseDeckResult, type ParsedDeck } from "./parse-deck";
export { decodeDeckFileBytes, type DeckSourceFile } from "./decode-deck-file-bytes";
export { formatDeckError, type DeckError } from "./deck-error";
export { deriveCards, isQuizItem, type DeckCard, type DeckCardKind } from "./derive-cards";
export { contentHash } from "./content-hash";
export {
  deckItemSchema,
  deckFrontMatterSchema,
  DECK_ITEM_TYPES,
  type DeckItem,
  type DeckItemInput,
  type DeckItemOf,
  type DeckItemInputOf,
  type DeckItemType,
  type ManifestCheck,
  type OrderingStep,
} from "./deck-schema";
export { flattenSteps, type FlatSteps } from "./flatten-steps";
export { fieldPathExists, validateManifest, findManifestProblems } from "./kubernetes-schema";
export { readManifestPath, evaluateManifestCheck } from "./read-manifest-path";
export { parseCloze, clozeNumbers, type ClozeDeletion } from "./parse-cloze";
export { MAX_FILE_BYTES, MAX_GENERATED_FILE_BYTES, MAX_ITEMS, MAX_DEPTH } from "./deck-limits";
export { defaultDeckOptions, instructorDeckOptions } from "./default-deck-options";
export { serializeDeck, type SerializedDeck } from "./serialize-deck";
