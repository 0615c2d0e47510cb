import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultDeckOptions, parseDeck, type DeckItem } from "@/lib/core/content";
import { decodeItemAnswer } from "@/lib/core/content/item-answer-codec";
import { decodeItemParts } from "@/lib/core/content/decode-item-parts";
import { toStoredItem } from "@/lib/core/content/item-storage";
import { FIXTURES, loadDeckFolder } from "../../fixtures/decks/deck-builders";

function parseFolder(dir: string): DeckItem[] {
  const result = parseDeck(loadDeckFolder(dir), defaultDeckOptions);
  if (!result.ok) throw new Error(`fixture deck ${dir} does not parse: ${result.errors[0]?.message}`);
  return result.deck.items;
}

const everyType = parseFolder(path.join(FIXTURES, "valid/every-type"));
const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("item answer codec", () => {
  it("reads back every type's answer exactly as toStoredItem wrote it, through JSON", () => {
    expect(new Set(everyType.map((item) => item.type)).size).toBe(8);
    for (const item of everyType) {
      const stored = toStoredItem(item);
      expect(decodeItemAnswer(stored.type, throughJson(stored.answer)), item.id).toEqual(stored.answer);
      expect(decodeItemParts({ type: stored.type, body: throughJson(stored.body), answer: throughJson(stored.answer) })).toEqual({ body: stored.body, answer: stored.answer });
    }
  });

  it("refuses an answer of the wrong shape or an unknown type, naming the field", () => {
    expect(() => decodeItemAnswer("basic", { back: 3, reversed: false })).toThrow(/"basic" item is malformed: back/);
    expect(() => decodeItemAnswer("ordering", { stepCount: -1 })).toThrow(/"ordering" item is malformed: stepCount/);
    expect(() => decodeItemAnswer("cloze", null)).toThrow(/"cloze" item is malformed/);
    expect(() => decodeItemAnswer("essay", { answer: "x" })).toThrow(/unknown type "essay"/);
  });
});
