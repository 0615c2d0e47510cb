import { describe, expect, it } from "vitest";
import { contentHash, deriveCards, isQuizItem, type DeckItem, type DeckItemInput } from "@/lib/core/content";
import { fnv1a64 } from "@/lib/core/content/content-hash";

const common = { section: "basics", explanation: "E", source: { notes: "N" } };
const basic: DeckItemInput = { ...common, id: "basic-item", type: "basic", front: "F", back: "B" };
const cloze: DeckItemInput = { ...common, id: "cloze-item", type: "cloze", text: "{{c3::a}} {{c1::b}} {{c3::c::hint}}" };

describe("deriveCards", () => {
  it("makes one front card for a basic item and a reverse card only when reversed", () => {
    expect(deriveCards(basic).map((c) => c.kind)).toEqual(["front"]);
    expect(deriveCards({ ...basic, reversed: true })).toEqual([
      { id: "basic-item#1", itemId: "basic-item", ordinal: 1, kind: "front" },
      { id: "basic-item#2", itemId: "basic-item", ordinal: 2, kind: "reverse" },
    ]);
  });

  it("makes one cloze card per distinct deletion number, using the number as a stable ordinal", () => {
    expect(deriveCards(cloze).map((c) => c.id)).toEqual(["cloze-item#1", "cloze-item#3"]);
  });

  it("makes one card for typed and kubectl items and none for quiz-only types", () => {
    const typed: DeckItemInput = { ...common, id: "typed-item", type: "typed", prompt: "P", answer: "A" };
    const kubectl: DeckItemInput = { ...common, id: "kubectl-item", type: "kubectl", prompt: "P", answer: "kubectl get pods" };
    const truefalse: DeckItemInput = { ...common, id: "tf-item", type: "truefalse", statement: "S", answer: false };
    expect(deriveCards(typed).map((c) => c.kind)).toEqual(["typed"]);
    expect(deriveCards(kubectl).map((c) => c.kind)).toEqual(["kubectl"]);
    expect(deriveCards(truefalse)).toEqual([]);
  });
});

describe("isQuizItem", () => {
  it("is true for typed, choice, truefalse, ordering, kubectl and manifest, false for basic and cloze", () => {
    const types = ["basic", "cloze", "typed", "choice", "truefalse", "ordering", "kubectl", "manifest"] as const;
    const quiz = types.filter((type) => isQuizItem({ ...basic, type } as DeckItemInput));
    expect(quiz).toEqual(["typed", "choice", "truefalse", "ordering", "kubectl", "manifest"]);
  });
});

describe("contentHash", () => {
  it("matches the published FNV-1a 64 test vectors", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(fnv1a64(bytes(""))).toBe("cbf29ce484222325");
    expect(fnv1a64(bytes("a"))).toBe("af63dc4c8601ec8c");
    expect(fnv1a64(bytes("foobar"))).toBe("85944171f73967e8");
  });

  it("is 16 hex digits and ignores key order", () => {
    const reordered = Object.fromEntries(Object.entries(basic).reverse()) as DeckItemInput;
    expect(contentHash(basic)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(reordered)).toBe(contentHash(basic));
  });

  it("ignores where the item sits (position, file, line)", () => {
    const placed: DeckItem = { ...basic, position: 7, file: "content/decks/x/a.md", line: 40 };
    const moved: DeckItem = { ...basic, position: 0, file: "content/decks/x/b.md", line: 3 };
    expect(contentHash(placed)).toBe(contentHash(moved));
    expect(contentHash(placed)).toBe(contentHash(basic));
  });

  it("changes when any content changes, including nested fields and non-ASCII text", () => {
    const hashes = new Set([
      contentHash(basic),
      contentHash({ ...basic, back: "B." }),
      contentHash({ ...basic, source: { notes: "N", url: "https://kubernetes.io/" } }),
      contentHash({ ...basic, front: "ポッド" }),
      contentHash({ ...basic, front: "ポット" }),
      contentHash({ ...basic, reversed: true }),
    ]);
    expect(hashes.size).toBe(6);
  });
});
