import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultDeckOptions, parseDeck, type DeckItem } from "@/lib/core/content";
import { decodeItemBody, encodeItemBody } from "@/lib/core/content/item-body-codec";
import { toStoredItem } from "@/lib/core/content/item-storage";
import { FIXTURES, loadDeckFolder } from "../../fixtures/decks/deck-builders";

function parseFolder(dir: string): DeckItem[] {
  const result = parseDeck(loadDeckFolder(dir), defaultDeckOptions);
  if (!result.ok) throw new Error(`fixture deck ${dir} does not parse: ${result.errors[0]?.message}`);
  return result.deck.items;
}

const everyType = parseFolder(path.join(FIXTURES, "valid/every-type"));

describe("item body codec", () => {
  it("reads back every type's body exactly as it was written, through JSON", () => {
    expect(new Set(everyType.map((item) => item.type)).size).toBe(8);
    for (const item of everyType) {
      const stored = toStoredItem(item);
      const written = JSON.parse(JSON.stringify(encodeItemBody(stored.type, stored.body))) as unknown;
      expect(decodeItemBody(stored.type, written)).toEqual(stored.body);
    }
  });

  it("never writes a key outside the type's body", () => {
    const leaky = { front: "Q", back: "the answer" } as unknown as { front: string };
    expect(encodeItemBody("basic", leaky)).toEqual({ front: "Q" });
  });

  it("refuses a body of the wrong shape or an unknown type, naming the field", () => {
    expect(() => decodeItemBody("choice", { prompt: "P", multiple: false })).toThrow(/"choice" item is malformed: options/);
    expect(() => decodeItemBody("basic", null)).toThrow(/"basic" item is malformed/);
    expect(() => decodeItemBody("essay", { prompt: "P" })).toThrow(/unknown type "essay"/);
  });
});
