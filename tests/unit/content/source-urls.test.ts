// Every built-in deck cites kubernetes.io docs pages of the usual shape, and every #anchor it uses
// is a heading of that page in tests/fixtures/kubernetes-docs-anchors.json (kept by hand: see its
// _comment). An anchor the docs dropped (statefulset #on-delete) would send learners to the top of
// a long page.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultDeckOptions, parseDeck, type DeckItem } from "@/lib/core/content";
import { loadDeckFolder } from "../../fixtures/decks/deck-builders";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const DECKS = path.join(ROOT, "content/decks");
const ANCHORS = JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures/kubernetes-docs-anchors.json"), "utf8")) as { pages: Record<string, string[]> };
/** https, kubernetes.io, an English /docs/ page (lower-case path segments, trailing slash), at most an #anchor: no query, no locale. */
const DOCS_URL = /^https:\/\/kubernetes\.io\/docs(\/[a-z0-9_-]+)+\/(#[a-z0-9-]+)?$/;

const items: DeckItem[] = readdirSync(DECKS).flatMap((slug) => {
  const result = parseDeck(loadDeckFolder(path.join(DECKS, slug)), defaultDeckOptions);
  if (!result.ok) throw new Error(`content/decks/${slug} does not parse`);
  return result.deck.items;
});
const cited = items.flatMap((item) => (item.source?.url ? [{ id: item.id, url: item.source.url }] : []));

describe("source links of the built-in decks", () => {
  it("cite a page for nearly every item", () => {
    expect(cited.length).toBeGreaterThan(items.length * 0.9);
  });

  it.each(cited.map(({ id, url }) => [id, url]))("%s cites a kubernetes.io docs page of the expected shape: %s", (_id, url) => {
    expect(url).toMatch(DOCS_URL);
  });

  it.each(cited.map(({ id, url }) => [id, url]))("%s cites a listed page and one of its headings: %s", (_id, url) => {
    const [page, anchor] = url.split("#");
    expect(Object.keys(ANCHORS.pages), "page missing from tests/fixtures/kubernetes-docs-anchors.json").toContain(page);
    if (anchor !== undefined) expect(ANCHORS.pages[page]).toContain(anchor);
  });

  it("lists no page twice in the anchors file and no anchor twice on a page", () => {
    for (const [page, anchors] of Object.entries(ANCHORS.pages)) {
      expect(page).toMatch(DOCS_URL);
      expect(new Set(anchors).size, page).toBe(anchors.length);
    }
  });
});
