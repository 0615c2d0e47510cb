import crypto from "node:crypto";
// Syncing deck folders into the database: counts, idempotence, learners' progress across edits,
// retiring and restoring, and all-or-nothing behaviour when any deck has errors.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatDeckError, type DeckItem, type ParsedDeck } from "@/lib/core/content";
import { db } from "@/lib/server/db";
import { recordReview } from "@/lib/server/reviews/record-review";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { submitQuizAnswer } from "@/lib/server/quizzes/submit-quiz-answer";
import { AppError } from "@/lib/server/errors";
import { readDeckFolder } from "@/lib/server/decks/read-deck-folder";
import { syncContentDecks, syncDeck } from "@/lib/server/decks/sync-deck";

const SLUG = "kubernetes-workloads";
const BUILT_IN = path.resolve("content/decks", SLUG);
const MALFORMED = path.resolve("tests/fixtures/decks/malformed");
const EVERY_TYPE = path.resolve("tests/fixtures/decks/valid/every-type");
const BEFORE_ISSUE_17 = path.resolve("tests/fixtures/decks/before-issue-17.md");
const temps: string[] = [];
let prototypeNames: string[] = [];

beforeAll(() => {
  prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
});

afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

beforeEach(async () => {
  // Cascades to items, cards, versions, card states and review logs.
  await db.deck.deleteMany();
  await db.user.deleteMany();
});

/** A temporary content root holding copies of the given deck folders. */
function tempRoot(...folders: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-decks-"));
  temps.push(root);
  for (const folder of folders) fs.cpSync(folder, path.join(root, path.basename(folder)), { recursive: true });
  return root;
}

function parseOrThrow(folder: string): ParsedDeck {
  const read = readDeckFolder(folder);
  if (!read.result.ok) throw new Error(read.result.errors.map(formatDeckError).join("\n"));
  return read.result.deck;
}

/** Every row the sync could touch, in a stable order. */
async function snapshot() {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    decks: await db.deck.findMany(byId),
    versions: await db.deckVersion.findMany(byId),
    items: await db.item.findMany(byId),
    cards: await db.card.findMany(byId),
    users: await db.user.findMany(byId),
    cardStates: await db.cardState.findMany(byId),
    reviewLogs: await db.reviewLog.findMany(byId),
  };
}

/** The first basic item whose `front:` is one line, so that a test can reword it in place. */
function rewordableItem(deck: ParsedDeck): DeckItem & { type: "basic" } {
  const item = deck.items.find(
    (i): i is DeckItem & { type: "basic" } =>
      i.type === "basic" && fs.readFileSync(i.file, "utf8").includes(`\nfront: ${i.front}\n`),
  );
  if (!item) throw new Error("no basic item with a one-line front");
  return item;
}

/** Start and end offsets of an item's ```yaml item block, closing fence and newline included. */
function blockRange(text: string, key: string): [number, number] {
  const start = text.indexOf("```yaml item\nid: " + key + "\n");
  const end = text.indexOf("\n```\n", start) + "\n```\n".length;
  if (start === -1 || end < start) throw new Error(`block of ${key} not found`);
  return [start, end];
}

type Learner = { id: string; email: string; role: "learner"; name: null };

async function createLearner(email = "learner@example.com"): Promise<Learner> {
  const user = await db.user.create({ data: { email } });
  return { id: user.id, email: user.email, role: "learner", name: null };
}

/** The learner reviews the card for real (recordReview, the same path as the review screen), twice. */
async function reviewTwice(actor: Learner, cardId: string) {
  const first = new Date("2026-12-19T04:00:00.000Z");
  const second = new Date("2026-12-19T04:10:00.000Z");
  for (const [reps, at] of [
    [0, first],
    [1, second],
  ] as const) {
    const outcome = await recordReview(
      actor,
      {
        reviewId: crypto.randomUUID(),
        cardId,
        rating: 3,
        expectedReps: reps,
        reviewedAt: at.toISOString(),
        durationMs: 4200,
      },
      at,
    );
    if (outcome.status !== "recorded") throw new Error(`review not recorded: ${outcome.status}`);
  }
}

/** A learner's progress on one card: two real reviews, and the state and last log they leave. */
async function addLearnerProgress(cardId: string) {
  const actor = await createLearner();
  await reviewTwice(actor, cardId);
  const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: actor.id, cardId } } });
  const log = await db.reviewLog.findFirstOrThrow({
    where: { userId: actor.id, cardId },
    orderBy: { reviewedAt: "desc" },
  });
  return { state, log };
}

/** Each ```yaml item block of a Markdown text (closing fence and newline included), by item id. */
function itemBlocks(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^```yaml item\nid: ([a-z0-9-]+)\n[\s\S]*?^```\n/gm)].map((m) => [m[1], m[0]]));
}

/** `text` with the block of item `key` replaced by `block` ("" removes it); unchanged when the item is elsewhere. */
function replaceBlock(text: string, key: string, block: string): string {
  if (!text.includes("```yaml item\nid: " + key + "\n")) return text;
  const [start, end] = blockRange(text, key);
  return text.slice(0, start) + block + text.slice(end);
}

describe("syncContentDecks", () => {
  it("creates the built-in deck with one row per parsed item and card on the first sync", async () => {
    const parsed = parseOrThrow(BUILT_IN);
    const [summary] = await syncContentDecks(tempRoot(BUILT_IN));
    expect(summary).toMatchObject({ slug: SLUG, version: 1, changed: [], retired: [], restored: [], unchanged: 0 });
    expect(summary.added).toEqual(parsed.items.map((item) => item.id));

    const deck = await db.deck.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(deck).toMatchObject({
      origin: "content",
      ownerId: null,
      isPublished: true,
      publishedVersion: 1,
      title: parsed.title,
    });
    expect(deck.sections).toEqual(parsed.sections);
    expect(await db.item.count({ where: { deckId: deck.id, retiredAt: null } })).toBe(parsed.items.length);
    const cards = await db.card.findMany({ where: { deckId: deck.id }, include: { item: true } });
    expect(cards).toHaveLength(parsed.cards.length);
    for (const card of cards) {
      expect(card.id).toBe(`${SLUG}:${card.item.key}#${card.ordinal}`);
      expect(card.position).toBe(card.item.position * 10 + card.ordinal);
    }
    const versions = await db.deckVersion.findMany({ where: { deckId: deck.id } });
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect(JSON.parse(versions[0].source)).toHaveLength(fs.readdirSync(BUILT_IN).length);
  });

  it("writes nothing on a second sync of the same files", async () => {
    const root = tempRoot(BUILT_IN);
    await syncContentDecks(root);
    const before = await snapshot();
    const [summary] = await syncContentDecks(root);
    expect(summary).toMatchObject({ version: null, added: [], changed: [], retired: [], restored: [], moved: [] });
    expect(summary.unchanged).toBe(before.items.length);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the item row, its cards and a learner's card state when an item is reworded", async () => {
    const root = tempRoot(BUILT_IN);
    await syncContentDecks(root);
    const item = rewordableItem(parseOrThrow(path.join(root, SLUG)));
    const cardId = `${SLUG}:${item.id}#1`;
    const { state, log } = await addLearnerProgress(cardId);
    const rowBefore = await db.item.findFirstOrThrow({ where: { key: item.id } });
    const others = await db.item.findMany({ where: { key: { not: item.id } }, orderBy: { id: "asc" } });

    fs.writeFileSync(
      item.file,
      fs.readFileSync(item.file, "utf8").replace(`\nfront: ${item.front}\n`, "\nfront: Reworded question?\n"),
    );
    const [summary] = await syncContentDecks(root);

    expect(summary).toMatchObject({ changed: [item.id], added: [], retired: [], version: 2 });
    const rowAfter = await db.item.findFirstOrThrow({ where: { key: item.id } });
    expect(rowAfter.id).toBe(rowBefore.id);
    expect(rowAfter.body).toEqual({ front: "Reworded question?" });
    expect(rowAfter.contentHash).not.toBe(rowBefore.contentHash);
    expect(await db.card.findUniqueOrThrow({ where: { id: cardId } })).toMatchObject({
      itemId: rowBefore.id,
      retiredAt: null,
    });
    expect(await db.cardState.findUniqueOrThrow({ where: { id: state.id } })).toEqual(state);
    expect(await db.reviewLog.findUniqueOrThrow({ where: { id: log.id } })).toEqual(log);
    expect(await db.item.findMany({ where: { key: { not: item.id } }, orderBy: { id: "asc" } })).toEqual(others);
  });

  it("retires a removed item and its cards, keeps progress, and restores it when it comes back", async () => {
    const root = tempRoot(BUILT_IN);
    await syncContentDecks(root);
    const item = rewordableItem(parseOrThrow(path.join(root, SLUG)));
    const { state, log } = await addLearnerProgress(`${SLUG}:${item.id}#1`);
    const original = fs.readFileSync(item.file, "utf8");
    const [start, end] = blockRange(original, item.id);

    fs.writeFileSync(item.file, original.slice(0, start) + original.slice(end));
    const [removed] = await syncContentDecks(root);
    expect(removed).toMatchObject({ retired: [item.id], added: [], changed: [], version: 2 });
    const retired = await db.item.findFirstOrThrow({ where: { key: item.id }, include: { cards: true } });
    expect(retired.retiredAt).toBeInstanceOf(Date);
    expect(retired.cards.length).toBeGreaterThan(0);
    expect(retired.cards.every((card) => card.retiredAt !== null)).toBe(true);
    expect(await db.cardState.findUniqueOrThrow({ where: { id: state.id } })).toEqual(state);
    expect(await db.reviewLog.findUniqueOrThrow({ where: { id: log.id } })).toEqual(log);

    fs.writeFileSync(item.file, original);
    const [back] = await syncContentDecks(root);
    expect(back).toMatchObject({ restored: [item.id], retired: [], changed: [], added: [], version: 3 });
    const restored = await db.item.findFirstOrThrow({ where: { key: item.id }, include: { cards: true } });
    expect(restored.id).toBe(retired.id);
    expect(restored.retiredAt).toBeNull();
    expect(restored.cards.every((card) => card.retiredAt === null)).toBe(true);
    expect(await db.cardState.findUniqueOrThrow({ where: { id: state.id } })).toEqual(state);
  });

  it("inserts a card for a new ordinal and retires the card of a vanished one", async () => {
    const root = tempRoot(BUILT_IN);
    await syncContentDecks(root);
    const item = rewordableItem(parseOrThrow(path.join(root, SLUG)));
    const original = fs.readFileSync(item.file, "utf8");
    const line = `\nfront: ${item.front}\n`;
    fs.writeFileSync(item.file, original.replace(line, `${line}reversed: true\n`));
    expect((await syncContentDecks(root))[0].changed).toEqual([item.id]);
    const reverse = `${SLUG}:${item.id}#2`;
    expect(await db.card.findUniqueOrThrow({ where: { id: reverse } })).toMatchObject({
      kind: "reverse",
      retiredAt: null,
    });

    fs.writeFileSync(item.file, original);
    await syncContentDecks(root);
    expect((await db.card.findUniqueOrThrow({ where: { id: reverse } })).retiredAt).toBeInstanceOf(Date);
    expect((await db.card.findUniqueOrThrow({ where: { id: `${SLUG}:${item.id}#1` } })).retiredAt).toBeNull();
  });

  it("moves an item to a new position without touching its content or progress", async () => {
    const root = tempRoot(BUILT_IN);
    await syncContentDecks(root);
    const deck = parseOrThrow(path.join(root, SLUG));
    const item = rewordableItem(deck);
    const { state } = await addLearnerProgress(`${SLUG}:${item.id}#1`);
    const hashBefore = (await db.item.findFirstOrThrow({ where: { key: item.id } })).contentHash;
    const text = fs.readFileSync(item.file, "utf8");
    const [start, end] = blockRange(text, item.id);
    fs.writeFileSync(item.file, text.slice(0, start) + text.slice(end) + "\n" + text.slice(start, end));

    const [summary] = await syncContentDecks(root);
    const moved = parseOrThrow(path.join(root, SLUG)).items.find((i) => i.id === item.id)!;
    expect(moved.position).not.toBe(item.position);
    expect(summary.moved).toContain(item.id);
    expect(summary).toMatchObject({ changed: [], added: [], retired: [], version: 2 });
    const row = await db.item.findFirstOrThrow({ where: { key: item.id }, include: { cards: true } });
    expect(row).toMatchObject({ position: moved.position, contentHash: hashBefore });
    expect(row.cards.map((card) => card.position)).toEqual(row.cards.map((card) => moved.position * 10 + card.ordinal));
    expect(await db.cardState.findUniqueOrThrow({ where: { id: state.id } })).toEqual(state);
  });

  it("keeps learners' card states, review logs and quiz answers through issue 17's edits of the built-in deck", async () => {
    const root = tempRoot(BUILT_IN);
    const folder = path.join(root, SLUG);
    const current = new Map(
      fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name), "utf8")]),
    );
    const edited = itemBlocks(fs.readFileSync(BEFORE_ISSUE_17, "utf8"));
    // The deck before issue 17: every edited block as it was, the new rollback item not yet written.
    for (const [name, text] of current) {
      let before = replaceBlock(text, "deployment-rollout-undo-ordering", "");
      for (const [key, block] of edited) before = replaceBlock(before, key, block);
      fs.writeFileSync(path.join(folder, name), before);
    }
    await syncContentDecks(root);
    const keys = [...edited.keys()];
    const itemsBefore = await db.item.findMany({
      where: { key: { in: keys } },
      select: { id: true, key: true },
      orderBy: { key: "asc" },
    });
    expect(itemsBefore).toHaveLength(keys.length);

    const learner = await createLearner();
    const cards = await db.card.findMany({ where: { item: { key: { in: keys } } }, select: { id: true } });
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const card of cards) await reviewTwice(learner, card.id);
    // One practice quiz per section and type of the edited quiz items, so each of them is asked and answered.
    const now = new Date("2026-12-19T05:00:00.000Z");
    const quizItems = await db.item.findMany({
      where: { key: { in: keys }, type: { in: ["choice", "truefalse", "ordering", "manifest"] } },
      select: { id: true, section: true, type: true },
    });
    const quizzes = new Set(quizItems.map((item) => `${item.section} ${item.type}`));
    for (const quiz of quizzes) {
      const [section, type] = quiz.split(" ") as [string, "choice" | "truefalse" | "ordering" | "manifest"];
      const { attemptId } = await createQuiz(
        learner,
        { deckSlug: SLUG, sections: [section], types: [type], length: 50, mode: "practice" },
        now,
      );
      const plan = (await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).plan as {
        questions: { itemId: string; stepOrder?: number[] }[];
      };
      for (const [index, question] of plan.questions.entries()) {
        if (!quizItems.some((item) => item.id === question.itemId)) continue;
        const response = {
          ordering: { order: question.stepOrder?.map((_, i) => i) },
          manifest: { yaml: "kind: Pod\n" },
          choice: { selected: [0] },
          truefalse: { value: true },
        }[type];
        await submitQuizAnswer(learner, attemptId, index, response, now);
      }
    }
    const byId = { orderBy: { id: "asc" as const } };
    const progress = async () => ({
      states: await db.cardState.findMany(byId),
      logs: await db.reviewLog.findMany(byId),
      answers: await db.quizAnswer.findMany(byId),
      cards: await db.card.findMany({ where: { id: { in: cards.map((c) => c.id) } }, ...byId }),
    });
    const before = await progress();
    expect(before.answers.map((answer) => answer.itemId).sort()).toEqual(quizItems.map((item) => item.id).sort());

    // The deck as issue 17 leaves it: the same ids, minor edits, one new item.
    for (const [name, text] of current) fs.writeFileSync(path.join(folder, name), text);
    const [summary] = await syncContentDecks(root);

    expect([...summary.changed].sort()).toEqual([...keys].sort());
    expect(summary).toMatchObject({ added: ["deployment-rollout-undo-ordering"], retired: [], restored: [] });
    expect(
      await db.item.findMany({
        where: { key: { in: keys } },
        select: { id: true, key: true },
        orderBy: { key: "asc" },
      }),
    ).toEqual(itemsBefore);
    const after = await progress();
    expect(after.states).toEqual(before.states);
    expect(after.logs).toEqual(before.logs);
    expect(after.answers).toEqual(before.answers);
    expect(after.cards.map((card) => card.retiredAt)).toEqual(before.cards.map(() => null));
  });

  it("changes nothing when a deck has an error, and lists every error as file:line:column", async () => {
    const root = tempRoot(BUILT_IN, EVERY_TYPE);
    await syncContentDecks(root);
    await addLearnerProgress(`${SLUG}:${rewordableItem(parseOrThrow(path.join(root, SLUG))).id}#1`);
    const before = await snapshot();
    const deckMd = path.join(root, SLUG, "deck.md");
    const pods = path.join(root, SLUG, "10-pod.md");
    fs.writeFileSync(deckMd, fs.readFileSync(deckMd, "utf8").replace("title: Kubernetes", "titel: Kubernetes"));
    fs.writeFileSync(pods, fs.readFileSync(pods, "utf8").replace("type: basic", "type: basik"));

    const error = await syncContentDecks(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNPROCESSABLE");
    const lines = (error as Error).message.split("\n").slice(1);
    expect(lines.some((line) => line.startsWith(`${deckMd}:`) && line.includes('unknown field "titel"'))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${pods}:`) && /:\d+:\d+: /.test(line))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("does not sync a valid changed deck when another deck has an error", async () => {
    const root = tempRoot(BUILT_IN, EVERY_TYPE);
    await syncContentDecks(root);
    const before = await snapshot();
    const item = rewordableItem(parseOrThrow(path.join(root, SLUG)));
    fs.writeFileSync(
      item.file,
      fs.readFileSync(item.file, "utf8").replace(`\nfront: ${item.front}\n`, "\nfront: Changed?\n"),
    );
    const other = path.join(root, "every-type", "20-practice.md");
    fs.writeFileSync(other, fs.readFileSync(other, "utf8").replace("answer: true", 'answer: "yes"'));

    await expect(syncContentDecks(root)).rejects.toThrow(/every-type\/20-practice\.md:\d+:\d+: /);
    expect(await snapshot()).toEqual(before);
  });

  it("writes no rows for any deck of the malformed corpus", async () => {
    const cases = fs.readdirSync(MALFORMED, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(cases.length).toBeGreaterThanOrEqual(60);
    await syncContentDecks(tempRoot(EVERY_TYPE));
    const before = await snapshot();
    for (const entry of cases) {
      const root = tempRoot();
      const folder = path.join(root, "malformed-deck");
      fs.cpSync(path.join(MALFORMED, entry.name), folder, { recursive: true });
      fs.rmSync(path.join(folder, "expected.json"));
      const expected = JSON.parse(fs.readFileSync(path.join(MALFORMED, entry.name, "expected.json"), "utf8")) as {
        errors: { file: string; line: number; column: number }[];
      };
      const error = await syncContentDecks(root).catch((e: unknown) => e);
      expect(error, entry.name).toBeInstanceOf(AppError);
      for (const e of expected.errors)
        expect((error as Error).message, entry.name).toContain(`${folder}/${e.file}:${e.line}:${e.column}: `);
    }
    expect(await snapshot()).toEqual(before);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses to take over a deck of the same slug that was not loaded from content/decks", async () => {
    await db.deck.create({ data: { slug: SLUG, title: "Mine", origin: "editor", sections: [] } });
    const before = await snapshot();
    await expect(syncContentDecks(tempRoot(BUILT_IN))).rejects.toThrow(/already exists/);
    expect(await snapshot()).toEqual(before);
  });
});

describe("syncDeck", () => {
  it("syncs one parsed deck and is a no-op the second time", async () => {
    const parsed = parseOrThrow(EVERY_TYPE);
    const sourceFiles = readDeckFolder(EVERY_TYPE).files;
    const first = await syncDeck(parsed, { origin: "content", sourceFiles });
    expect(first).toMatchObject({ slug: "every-type", version: 1, added: parsed.items.map((i) => i.id) });
    expect(await db.card.count()).toBe(parsed.cards.length);
    expect(await syncDeck(parsed, { origin: "content", sourceFiles })).toMatchObject({
      version: null,
      unchanged: parsed.items.length,
    });
  });

  it("leaves Object.prototype untouched after all syncs", () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  });
});
