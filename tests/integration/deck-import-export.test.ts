// Import and export through the real database: the built-in deck exported and imported into a new
// deck gives identical items (deck file, and for the basic/cloze items Anki and CSV too); an Anki
// package in Anki's own layout imports once and updates on the second import; minor and major
// changes keep or restart learners' progress; errors write nothing.
import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { exportDeck } from "@/lib/server/decks/export/export-deck";
import { importDeck } from "@/lib/server/decks/import/import-deck";
import { recordReview } from "@/lib/server/reviews/record-review";
import type { Actor } from "@/lib/server/auth/current-user";
import { buildAnkiPackage } from "../support/anki-package-builder";

const BUILT_IN = "kubernetes-workloads";
let instructor: Actor;
let learner: Actor;

async function makeUser(role: "learner" | "instructor"): Promise<Actor> {
  const email = `${role}-${crypto.randomUUID()}@example.test`;
  const user = await db.user.create({ data: { email, role } });
  return { id: user.id, email, role, name: null };
}

/** The columns that make an item what it is, keyed by item key, in deck order. */
async function itemsOf(slug: string) {
  const rows = await db.item.findMany({ where: { deck: { slug }, retiredAt: null }, orderBy: { position: "asc" } });
  return rows.map(({ key, type, section, position, body, answer, explanation, sources, correction, contentHash }) => ({
    key,
    type,
    section,
    position,
    body,
    answer,
    explanation,
    sources,
    correction,
    contentHash,
  }));
}

const text = (body: Uint8Array | string) => (typeof body === "string" ? body : new TextDecoder().decode(body));

beforeAll(async () => {
  await db.deck.deleteMany();
  await syncContentDecks();
});

beforeEach(async () => {
  await db.deck.deleteMany({ where: { ownerId: { not: null } } });
  await db.user.deleteMany();
  instructor = await makeUser("instructor");
  learner = await makeUser("learner");
});

describe("round trip of the built-in deck", () => {
  it("exports the deck file format and imports it into a new deck with identical items", async () => {
    const file = await exportDeck(instructor, BUILT_IN, "deck", "published", new Date());
    const outcome = await importDeck(
      instructor,
      "workloads-copy",
      { format: "deck", files: [{ path: "deck.md", text: text(file.body) }] },
      { commit: true },
    );
    expect(outcome).toMatchObject({ ok: true, committed: true, isNewDeck: true, version: 1 });
    const original = await itemsOf(BUILT_IN);
    expect(original).toHaveLength(130);
    expect(await itemsOf("workloads-copy")).toEqual(original);
    expect(await db.card.count({ where: { deck: { slug: "workloads-copy" } } })).toBe(
      await db.card.count({ where: { deck: { slug: BUILT_IN } } }),
    );
  });

  it("re-imports its own export as 130 unchanged items and writes no new version", async () => {
    const file = await exportDeck(instructor, BUILT_IN, "deck", "published", new Date());
    const source = { format: "deck" as const, files: [{ path: "deck.md", text: text(file.body) }] };
    await importDeck(instructor, "workloads-copy", source, { commit: true });
    const again = await importDeck(instructor, "workloads-copy", source, { commit: true });
    expect(again).toMatchObject({ ok: true, version: null, plan: { added: [], changed: [], removed: [] } });
    if (again.ok) expect(again.plan.unchanged).toHaveLength(130);
  });

  it("exports .apkg and CSV that import back to the same basic and cloze items", async () => {
    const apkg = await exportDeck(instructor, BUILT_IN, "apkg", "published", new Date());
    const fromAnki = await importDeck(
      instructor,
      "from-anki",
      { format: "apkg", fileName: "x.apkg", bytes: apkg.body as Uint8Array },
      { commit: true },
    );
    expect(fromAnki.ok).toBe(true);
    const csv = await exportDeck(instructor, BUILT_IN, "csv", "published", new Date());
    const mapping = { delimiter: "auto" as const, hasHeader: true, id: 0, front: 1, back: 2, tags: 3, section: 4 };
    const fromCsv = await importDeck(
      instructor,
      "from-csv",
      { format: "csv", fileName: "x.csv", text: text(csv.body), mapping },
      { commit: true },
    );
    expect(fromCsv.ok).toBe(true);
    const original = (await itemsOf(BUILT_IN)).filter((item) => item.type === "basic");
    const byKey = new Map((await itemsOf("from-anki")).map((item) => [item.key, item]));
    for (const item of original) expect(byKey.get(item.key)?.body, item.key).toEqual(item.body);
    const csvKeys = new Set((await itemsOf("from-csv")).map((item) => item.key));
    expect(original.every((item) => csvKeys.has(item.key))).toBe(true);
  });
});

describe("Anki package in Anki's own layout", () => {
  const notes = [
    {
      guid: "f1Bx%3kQ",
      type: "basic" as const,
      fields: ["Pod とは？", "<b>最小</b>のデプロイ単位<script>alert(1)</script>"],
      deck: "Kubernetes::Pod",
    },
    {
      guid: "Ab9/z+Q!",
      type: "reversed" as const,
      fields: ["ReplicaSet", "Pod の数を保つ"],
      deck: "Kubernetes::ReplicaSet",
    },
    {
      guid: "Zz0=Cl0z",
      type: "cloze" as const,
      fields: ["StatefulSet は {{c1::大きい}} 順に縮小し、{{c2::PVC}} は残る", ""],
      deck: "Kubernetes::StatefulSet",
    },
  ];

  it("imports Basic, reversed and Cloze notes, and importing again creates no duplicates", async () => {
    const bytes = buildAnkiPackage({ notes, media: { "pod.png": new Uint8Array([1, 2, 3]) } });
    const first = await importDeck(
      instructor,
      "anki-notes",
      { format: "apkg", fileName: "notes.apkg", bytes },
      { commit: true },
    );
    expect(first).toMatchObject({ ok: true, committed: true, version: 1 });
    const items = await itemsOf("anki-notes");
    expect(items.map((i) => i.type).sort()).toEqual(["basic", "basic", "cloze"]);
    expect(JSON.stringify(items)).not.toMatch(/<script|alert\(1\)/);
    expect(items.find((i) => i.type === "basic" && (i.answer as { reversed: boolean }).reversed)).toBeTruthy();
    const cards = await db.card.count({ where: { deck: { slug: "anki-notes" } } });
    expect(cards).toBe(1 + 2 + 2);

    const second = await importDeck(
      instructor,
      "anki-notes",
      { format: "apkg", fileName: "notes.apkg", bytes },
      { commit: true },
    );
    expect(second).toMatchObject({ ok: true, version: null, plan: { added: [], changed: [], removed: [] } });
    expect(await db.item.count({ where: { deck: { slug: "anki-notes" } } })).toBe(3);
    expect(await db.card.count({ where: { deck: { slug: "anki-notes" } } })).toBe(cards);
  });

  it("updates a note whose text changed under the same GUID in place, keeping the learner's progress", async () => {
    const bytes = buildAnkiPackage({ notes });
    await importDeck(instructor, "anki-notes", { format: "apkg", fileName: "notes.apkg", bytes }, { commit: true });
    await makePublic("anki-notes"); // instructor decks start private; the learner studies it as a public deck
    const card = await db.card.findFirstOrThrow({
      where: { deck: { slug: "anki-notes" }, kind: "front", item: { body: { equals: { front: "Pod とは？" } } } },
    });
    const review = await recordReview(
      learner,
      {
        reviewId: crypto.randomUUID(),
        cardId: card.id,
        rating: 3,
        expectedReps: 0,
        reviewedAt: new Date().toISOString(),
        durationMs: 3000,
      },
      new Date(),
    );
    expect(review.status).toBe("recorded");
    const before = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: learner.id, cardId: card.id } },
    });
    const edited = [{ ...notes[0], fields: ["Pod とは何か？", notes[0].fields[1]] }, ...notes.slice(1)];
    const outcome = await importDeck(
      instructor,
      "anki-notes",
      { format: "apkg", fileName: "notes.apkg", bytes: buildAnkiPackage({ notes: edited }) },
      { commit: true },
    );
    expect(outcome).toMatchObject({ ok: true, plan: { added: [], removed: [] } });
    if (outcome.ok) expect(outcome.plan.changed).toHaveLength(1);
    expect(
      await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: card.id } } }),
    ).toEqual(before);
  });
});

describe("minor and major changes", () => {
  const deck = (front: string) => `---
slug: ignored
title: Tiny
language: ja
kubernetesVersion: "1.32"
sections:
  - id: pods
    title: Pods
    notes: Pods
---

\`\`\`yaml item
id: tiny-one
type: basic
section: pods
front: ${front}
back: localhost
\`\`\`
`;
  async function reviewedCard() {
    await importDeck(
      instructor,
      "tiny",
      { format: "deck", files: [{ path: "deck.md", text: deck("同じ Pod のコンテナ同士の宛先は？") }] },
      { commit: true },
    );
    const cardId = "tiny:tiny-one#1";
    await makePublic("tiny");
    await recordReview(
      learner,
      {
        reviewId: crypto.randomUUID(),
        cardId,
        rating: 3,
        expectedReps: 0,
        reviewedAt: new Date().toISOString(),
        durationMs: 3000,
      },
      new Date(),
    );
    return {
      cardId,
      before: await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } } }),
    };
  }

  it("keeps the learner's state on a minor change", async () => {
    const { cardId, before } = await reviewedCard();
    const outcome = await importDeck(
      instructor,
      "tiny",
      { format: "deck", files: [{ path: "deck.md", text: deck("同じ Pod 内のコンテナ同士の宛先は？") }] },
      { commit: true },
    );
    expect(outcome).toMatchObject({ ok: true, plan: { changed: ["tiny-one"] }, reset: [] });
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId } } })).toEqual(
      before,
    );
  });

  it("restarts the learner's state on a major change and keeps the review history", async () => {
    const { cardId } = await reviewedCard();
    const outcome = await importDeck(
      instructor,
      "tiny",
      { format: "deck", files: [{ path: "deck.md", text: deck("Pod の IP は誰が割り当てる？") }] },
      { commit: true, majorKeys: ["tiny-one"] },
    );
    expect(outcome).toMatchObject({ ok: true, reset: ["tiny-one"] });
    expect(await db.cardState.count({ where: { userId: learner.id, cardId } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: learner.id, cardId } })).toBe(1);
  });
});

describe("errors and permissions", () => {
  it("reports a broken upload at file:line:column and writes nothing", async () => {
    const before = await db.item.count();
    const broken =
      '---\nslug: some-deck\ntitle: T\nlanguage: ja\nkubernetesVersion: "1.32"\nsections:\n  - id: a\n    title: A\n    notes: A\n---\n\n```yaml item\nid: bad-one\ntype: basic\nsection: nowhere\nfront: f\nback: b\n```\n';
    const outcome = await importDeck(
      instructor,
      "broken",
      { format: "deck", files: [{ path: "deck.md", text: broken }] },
      { commit: true },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]).toMatchObject({ file: "deck.md", line: 15, column: 10 });
    expect(await db.item.count()).toBe(before);
    expect(await db.deck.findUnique({ where: { slug: "broken" } })).toBeNull();
  });

  it("refuses learners, other instructors' decks and the built-in deck", async () => {
    const source = {
      format: "deck" as const,
      files: [
        {
          path: "deck.md",
          text: (await exportDeck(instructor, BUILT_IN, "deck", "published", new Date())).body as string,
        },
      ],
    };
    await expect(importDeck(learner, "mine", source, { commit: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await importDeck(instructor, "owned", source, { commit: true });
    const other = await makeUser("instructor");
    await expect(importDeck(other, "owned", source, { commit: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importDeck(instructor, BUILT_IN, source, { commit: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(exportDeck(other, "owned", "deck", "published", new Date())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

async function makePublic(slug: string): Promise<void> {
  await db.deck.update({ where: { slug }, data: { visibility: "public" } });
}
