import "server-only";
// Maps the notes of an Anki collection to deck items: Basic(-like) → basic (reversed when the note
// has its reverse card), Cloze → cloze; other note types are skipped with a warning. "Line" in
// errors and origins is the note's 1-based position in the collection (by note id).
import type { DeckError } from "@/lib/core/content/deck-error";
import type { DeckItemInput } from "@/lib/core/content/deck-schema";
import type { ImportOrigin, ImportResult } from "@/lib/core/import/imported-deck";
import type { AnkiCard, AnkiCollection, AnkiNote } from "@/lib/core/import/anki/anki-collection";
import { ANKI_DEFAULT_DECK_ID } from "@/lib/core/import/anki/anki-collection";
import { classifyNoteType, type AnkiNoteShape } from "@/lib/core/import/anki/classify-note-type";
import { planAnkiSections, slugFromFileName, type AnkiDeckRef } from "@/lib/core/import/anki/plan-anki-sections";
import { ankiFieldToMarkdown } from "./anki-field-to-markdown";
import { itemIdFromGuid } from "./item-id-from-guid";
import { collectImportWarnings, type ImportNotices } from "./collect-import-warnings";

export type BuildOptions = { fileName: string; language?: string };
type Draft = { item: DeckItemInput; deckId: string; origin: ImportOrigin };

const TAG = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;
const NO_DECK = "";

/** The ImportedDeck for a collection, or the notes that could not be converted. */
export function buildImportedDeck(collection: AnkiCollection, options: BuildOptions): ImportResult {
  const { fileName } = options;
  const cardsByNote = groupCards(collection.cards);
  const shapes = new Map<string, AnkiNoteShape>();
  const notices: ImportNotices = { skippedTypes: new Map(), media: new Set(), droppedTags: new Set() };
  const errors: DeckError[] = [];
  const drafts: Draft[] = [];
  collection.notes.forEach((note, index) => {
    const origin = { file: fileName, line: index + 1, column: 1 };
    const type = collection.noteTypes.get(note.noteTypeId);
    const shape = type ? (shapes.get(type.id) ?? classifyNoteType(type)) : ({ kind: "unsupported" } as const);
    if (type) shapes.set(type.id, shape);
    // Image Occlusion notes are cloze notes whose deletions are shapes on an image.
    const isOcclusion = shape.kind === "cloze" && /\{\{c\d+::image-occlusion:/.test(note.fields[shape.text] ?? "");
    if (shape.kind === "unsupported" || isOcclusion) {
      const name = type?.name ?? `unknown note type ${note.noteTypeId}`;
      const skipped = notices.skippedTypes.get(name) ?? { count: 0, line: origin.line };
      notices.skippedTypes.set(name, { ...skipped, count: skipped.count + 1 });
      return;
    }
    const cards = cardsByNote.get(note.id) ?? [];
    const field = (at: number | null) => {
      const converted = ankiFieldToMarkdown(at === null ? "" : (note.fields[at] ?? ""));
      converted.media.forEach((name) => notices.media.add(name));
      return converted.text;
    };
    const item = toItem(note, shape, cards, field, (side) =>
      errors.push({
        ...origin,
        message: `note ${JSON.stringify(note.guid)}: the ${side} is empty after removing HTML`,
      }),
    );
    if (!item) return;
    const tags = [...new Set(note.tags)];
    tags.filter((tag) => !TAG.test(tag)).forEach((tag) => notices.droppedTags.add(tag));
    if (tags.some((tag) => TAG.test(tag))) item.tags = tags.filter((tag) => TAG.test(tag));
    drafts.push({ item, deckId: cards[0]?.deckId ?? NO_DECK, origin });
  });
  const warnings = collectImportWarnings(notices, fileName);
  if (errors.length > 0) return { ok: false, errors };
  if (drafts.length === 0) {
    return {
      ok: false,
      errors: [
        { file: fileName, line: 1, column: 1, message: `${fileName} contains no Basic or Cloze notes to import` },
        ...warnings,
      ],
    };
  }
  const plan = planAnkiSections(
    decksInOrder(drafts, collection),
    fileName,
    collection.deckNames.get(ANKI_DEFAULT_DECK_ID),
  );
  for (const draft of drafts) draft.item.section = plan.sectionOfDeck.get(draft.deckId) ?? plan.sections[0].id;
  const front = {
    slug: slugFromFileName(fileName),
    title: plan.title,
    language: options.language ?? "ja",
    kubernetesVersion: "1.32",
    sections: plan.sections,
  };
  return {
    ok: true,
    deck: { front, items: drafts.map((d) => d.item), origins: drafts.map((d) => d.origin), warnings },
  };
}

function toItem(
  note: AnkiNote,
  shape: Exclude<AnkiNoteShape, { kind: "unsupported" }>,
  cards: AnkiCard[],
  field: (at: number | null) => string,
  empty: (side: string) => void,
): DeckItemInput | null {
  const id = itemIdFromGuid(note.guid);
  if (shape.kind === "cloze") {
    const text = field(shape.text);
    const explanation = field(shape.extra);
    if (!text) {
      empty("cloze text");
      return null;
    }
    return { id, type: "cloze", section: "", text, ...(explanation ? { explanation } : {}) };
  }
  const front = field(shape.front);
  const back = field(shape.back);
  const explanation = field(shape.extra);
  if (!front) empty("front");
  if (!back) empty("back");
  if (!front || !back) return null;
  const reversed = shape.reverseOrd !== null && cards.some((card) => card.ord === shape.reverseOrd);
  return {
    id,
    type: "basic",
    section: "",
    front,
    back,
    ...(reversed ? { reversed } : {}),
    ...(explanation ? { explanation } : {}),
  };
}

function groupCards(cards: AnkiCard[]): Map<string, AnkiCard[]> {
  const byNote = new Map<string, AnkiCard[]>();
  for (const card of cards) {
    const list = byNote.get(card.noteId);
    if (list) list.push(card);
    else byNote.set(card.noteId, [card]);
  }
  for (const list of byNote.values()) list.sort((a, b) => a.ord - b.ord);
  return byNote;
}

function decksInOrder(drafts: Draft[], collection: AnkiCollection): AnkiDeckRef[] {
  const ids = [...new Set(drafts.map((draft) => draft.deckId))];
  return ids.map((id) => ({
    id,
    name: collection.deckNames.get(id) ?? (id === NO_DECK ? "Notes without cards" : `Deck ${id}`),
  }));
}
