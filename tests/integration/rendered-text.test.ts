// Issue 13, must-show 1: everything a learner reads of a shipped deck, rendered the way the app
// renders it — every card side (prompt and answer), every item's explanation, source and correction,
// every quiz question with its options and steps, the section label in Japanese and English, and
// the editor preview of one item of each type — must show no literal HTML tag, no unrendered cloze
// syntax, no raw Markdown heading and no raw message key in its visible text.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";
import { renderMarkdown } from "@/lib/server/content/render-markdown";
import { renderItemNotes } from "@/lib/server/content/render-item-notes";
import { createDeck, loadEditableDeck } from "@/lib/server/editor/editable-deck";
import { previewDraftItem } from "@/lib/server/editor/preview-item";
import { itemToForm } from "@/lib/core/editor/item-form";
import { withoutPlacement } from "@/lib/core/editor/deck-draft";
import { readContentDecks } from "@/lib/server/decks/read-deck-folder";
import { sectionLabel } from "@/components/review/section-label";
import { findUnrenderableClozes } from "@/lib/server/content/find-unrenderable-clozes";
import type { Actor } from "@/lib/server/auth/current-user";
import type { ParsedDeck } from "@/lib/core/content";
import { textProblems } from "../support/visible-problems";

const MESSAGES = Object.fromEntries(
  ["ja", "en"].map((locale) => [locale, JSON.parse(fs.readFileSync(path.resolve(`messages/${locale}.json`), "utf8"))]),
);

/** What a reader would see wrong in a piece of rendered HTML (empty when nothing). */
function visibleProblems(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return textProblems(document.body.textContent ?? "");
}

type Seen = { where: string; problems: string[] };
const findings: Seen[] = [];
const check = (where: string, html: string) => {
  const problems = visibleProblems(html);
  if (problems.length > 0) findings.push({ where, problems });
};

beforeAll(async () => {
  await syncContentDecks();
});

describe("rendered text of every shipped deck", () => {
  it("shows no markup, cloze syntax, Markdown heading or message key on any card side, note or quiz question", async () => {
    const decks = await db.deck.findMany({ where: { origin: "content" }, select: { slug: true, sections: true } });
    expect(decks.length).toBeGreaterThan(0);
    let sides = 0;
    for (const deck of decks) {
      const cards = await db.card.findMany({
        where: { deck: { slug: deck.slug }, retiredAt: null },
        select: {
          id: true,
          kind: true,
          ordinal: true,
          item: {
            select: {
              key: true,
              section: true,
              body: true,
              answer: true,
              explanation: true,
              sources: true,
              correction: true,
            },
          },
        },
      });
      for (const card of cards) {
        const parts = card.item as unknown as { body: Record<string, unknown>; answer: Record<string, unknown> };
        const side = cardSides(card.kind as CardKind, card.ordinal, parts);
        check(`${card.id} prompt`, renderMarkdown(side.prompt));
        check(`${card.id} answer`, renderMarkdown(side.answer));
        sides += 2;
        const notes = renderItemNotes(card.item);
        check(`${card.id} explanation`, notes.explanationHtml);
        if (notes.source) check(`${card.id} source`, `${notes.source.notes} ${notes.source.url ?? ""}`);
        if (notes.correction)
          check(`${card.id} correction`, `${notes.correction.claimedHtml} ${notes.correction.actualHtml}`);
        for (const locale of ["ja", "en"]) {
          const review = MESSAGES[locale].review as { sections?: Record<string, string> };
          const label = sectionLabel(
            (key) => !!review.sections?.[key.slice("sections.".length)],
            (key) => review.sections![key.slice("sections.".length)],
            deck.sections as { id: string; title: string }[],
            card.item.section,
          );
          check(`${card.id} section label (${locale})`, label);
        }
      }
      const items = await db.item.findMany({
        where: { deck: { slug: deck.slug }, retiredAt: null },
        select: { key: true, type: true, body: true },
      });
      for (const item of items) {
        const body = item.body as { prompt?: string; statement?: string; options?: string[]; steps?: string[] };
        const prompt = body.prompt ?? body.statement;
        if (prompt) check(`${item.key} quiz prompt`, renderMarkdown(prompt));
        for (const option of body.options ?? []) check(`${item.key} option`, renderMarkdown(option, { inline: true }));
        for (const step of body.steps ?? []) check(`${item.key} step`, renderMarkdown(step, { inline: true }));
      }
    }
    console.log(
      `rendered-text: ${sides} card sides of ${decks.length} shipped deck(s) checked, ${findings.length} finding(s)`,
    );
    fs.writeFileSync("tests/.tmp/rendered-findings.json", JSON.stringify(findings, null, 1));
    expect(findings.slice(0, 20)).toEqual([]);
  });

  it("the editor preview of one item of each type renders cleanly", async () => {
    const user = await db.user.create({
      data: { email: `editor-${crypto.randomUUID()}@example.test`, role: "instructor" },
    });
    const actor: Actor = { id: user.id, email: user.email, role: "instructor", name: null };
    const slug = await createDeck(actor, {
      slug: `preview-${crypto.randomUUID().slice(0, 8)}`,
      title: "Preview",
      language: "ja",
      sectionTitle: "General",
    });
    const section = (await loadEditableDeck(actor, slug)).draft.front.sections[0].id;
    const shipped = readContentDecks().flatMap((read) => (read.result.ok ? read.result.deck.items : []));
    const oneOfEach = [...new Map(shipped.map((item) => [item.type, item])).values()];
    expect(oneOfEach.length).toBeGreaterThanOrEqual(8);
    for (const row of oneOfEach) {
      const item = { ...withoutPlacement(row), section };
      const preview = await previewDraftItem(actor, slug, {
        originalKey: null,
        type: item.type,
        values: itemToForm(item),
      });
      expect(preview.errors, `${row.type}: ${JSON.stringify(preview.errors)}`).toEqual([]);
      for (const card of preview.cards) {
        check(`editor ${row.type} ${card.kind} prompt`, card.promptHtml);
        check(`editor ${row.type} ${card.kind} answer`, card.answerHtml);
      }
      if (preview.quizPromptHtml) check(`editor ${row.type} quiz prompt`, preview.quizPromptHtml);
    }
    expect(findings).toEqual([]);
  });

  it("content:check's renderer refuses a deletion that straddles a code span", () => {
    const deck = {
      items: [{ id: "broken-cloze", type: "cloze", text: "`x {{c1::y` z}}", file: "deck.md", line: 12 }],
    } as unknown as ParsedDeck;
    expect(findUnrenderableClozes(deck)).toEqual([
      { file: "deck.md", line: 12, column: 1, message: expect.stringMatching(/broken-cloze: cloze c1 cannot render/) },
    ]);
  });
});
