// writeAnkiPackage: the collection it writes has Anki's schema 11, and reading it back gives the
// same items and ids.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { DeckItemInput } from "@/lib/core/content/deck-schema";
import { readAnkiPackage } from "@/lib/server/decks/import/anki/read-anki-package";
import { writeAnkiPackage, type AnkiExportDeck } from "@/lib/server/decks/export/anki/write-anki-package";

const NOW = new Date("2026-03-01T09:00:00Z");
const LEARNED: DeckItemInput[] = [
  {
    id: "pod-ip",
    type: "basic",
    section: "pods",
    front: "hello",
    back: "Containers share **one** IP\nand `localhost`",
    tags: ["networking"],
  },
  {
    id: "svc-vip",
    type: "basic",
    section: "services",
    front: "Service",
    back: "A stable virtual IP",
    reversed: true,
    explanation: "kube-proxy programs it.",
  },
  {
    id: "deploy-cloze",
    type: "cloze",
    section: "pods",
    text: "A {{c1::Deployment}} manages {{c2::ReplicaSets::kind}}",
    explanation: "Rollouts.",
  },
];
const QUIZ: DeckItemInput[] = [
  {
    id: "quiz-choice",
    type: "choice",
    section: "pods",
    prompt: "Which run Pods?",
    options: [
      { text: "Nodes", correct: true },
      { text: "Services", correct: false },
    ],
  },
  { id: "quiz-order", type: "ordering", section: "pods", prompt: "Order", steps: ["apply", "schedule", "run"] },
  { id: "quiz-kubectl", type: "kubectl", section: "pods", prompt: "List Pods", answer: "kubectl get pods" },
  { id: "quiz-tf", type: "truefalse", section: "pods", statement: "Pods are VMs", answer: false },
  {
    id: "quiz-manifest",
    type: "manifest",
    section: "pods",
    prompt: "A Pod",
    kind: "Pod",
    apiVersion: "v1",
    solution: { apiVersion: "v1", kind: "Pod" },
    checks: [{ path: "kind", equals: "Pod" }],
  },
];
const DECK: AnkiExportDeck = {
  title: "Kubernetes",
  slug: "kubernetes",
  sections: [
    { id: "pods", title: "Pods" },
    { id: "services", title: "Services" },
  ],
  items: [...LEARNED, ...QUIZ],
};

function readBack(bytes: Uint8Array) {
  const result = readAnkiPackage(bytes, { fileName: "export.apkg" });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.deck;
}

function openCollection(bytes: Uint8Array): Database.Database {
  return new Database(Buffer.from(unzipSync(bytes)["collection.anki2"]), { readonly: true });
}

describe("writeAnkiPackage", () => {
  it("round-trips basic, reversed and cloze items with their ids, sections and explanations", () => {
    const deck = readBack(writeAnkiPackage(DECK, NOW));
    expect(deck.front.title).toBe("Kubernetes");
    expect(deck.front.sections.map((s) => s.title)).toEqual(["Pods", "Services"]);
    const sectionTitle = new Map(deck.front.sections.map((s) => [s.id, s.title]));
    const back = deck.items
      .slice(0, 3)
      .map((item) => ({ ...item, section: sectionTitle.get(item.section)?.toLowerCase() }));
    expect(back).toEqual(LEARNED);
  });

  it("writes quiz-only items as Basic notes whose back states the answer", () => {
    const backs = readBack(writeAnkiPackage(DECK, NOW))
      .items.slice(3)
      .map((item) => (item.type === "basic" ? [item.id, item.front, item.back] : item));
    expect(backs).toEqual([
      ["quiz-choice", "Which run Pods?", "Nodes"],
      ["quiz-order", "Order", "1. apply\n2. schedule\n3. run"],
      ["quiz-kubectl", "List Pods", "`kubectl get pods`"],
      ["quiz-tf", "Pods are VMs", "誤り"],
      ["quiz-manifest", "A Pod", "```\napiVersion: v1\nkind: Pod\n```"],
    ]);
  });

  it("writes Anki's schema 11: tables, columns and indexes, and passes integrity_check", () => {
    const db = openCollection(writeAnkiPackage(DECK, NOW));
    const columns = (table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(columns("col")).toEqual([
      "id",
      "crt",
      "mod",
      "scm",
      "ver",
      "dty",
      "usn",
      "ls",
      "conf",
      "models",
      "decks",
      "dconf",
      "tags",
    ]);
    expect(columns("notes")).toEqual([
      "id",
      "guid",
      "mid",
      "mod",
      "usn",
      "tags",
      "flds",
      "sfld",
      "csum",
      "flags",
      "data",
    ]);
    expect(columns("cards")).toEqual([
      "id",
      "nid",
      "did",
      "ord",
      "mod",
      "usn",
      "type",
      "queue",
      "due",
      "ivl",
      "factor",
      "reps",
      "lapses",
      "left",
      "odue",
      "odid",
      "flags",
      "data",
    ]);
    expect(columns("revlog")).toEqual(["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"]);
    expect(columns("graves")).toEqual(["usn", "oid", "type"]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").pluck().all();
    expect(indexes).toEqual([
      "ix_cards_nid",
      "ix_cards_sched",
      "ix_cards_usn",
      "ix_notes_csum",
      "ix_notes_usn",
      "ix_revlog_cid",
      "ix_revlog_usn",
    ]);
    expect(db.prepare("SELECT ver FROM col").pluck().get()).toBe(11);
    db.close();
  });

  it("fills notes, cards and decks as Anki does: checksum, GUIDs, one card per side or deletion, decks per section", () => {
    const db = openCollection(writeAnkiPackage(DECK, NOW));
    const note = db.prepare("SELECT guid, sfld, csum, tags FROM notes ORDER BY id LIMIT 1").get();
    // 2868168221 is the csum real Anki stored for the field "hello" (../shared/fixtures/anki/update1.apkg).
    expect(note).toEqual({ guid: "kd:kubernetes/pod-ip", sfld: "hello", csum: 2868168221, tags: " networking " });
    const cards = db.prepare("SELECT n.guid, c.ord FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id").all() as {
      guid: string;
      ord: number;
    }[];
    expect(cards.slice(0, 5).map((c) => `${c.guid}#${c.ord}`)).toEqual([
      "kd:kubernetes/pod-ip#0",
      "kd:kubernetes/svc-vip#0",
      "kd:kubernetes/svc-vip#1",
      "kd:kubernetes/deploy-cloze#0",
      "kd:kubernetes/deploy-cloze#1",
    ]);
    const decks = Object.values(JSON.parse(db.prepare("SELECT decks FROM col").pluck().get() as string)).map(
      (d) => (d as { name: string }).name,
    );
    expect(decks).toEqual(
      expect.arrayContaining(["Default", "Kubernetes", "Kubernetes::Pods", "Kubernetes::Services"]),
    );
    const models = Object.values(JSON.parse(db.prepare("SELECT models FROM col").pluck().get() as string)) as {
      type: number;
      sortf: number;
      tmpls: unknown[];
      flds: unknown[];
    }[];
    expect(models.map((m) => [m.type, m.tmpls.length, m.flds.length])).toEqual([
      [0, 1, 3],
      [0, 2, 3],
      [1, 1, 2],
    ]);
    db.close();
  });

  it("gives notes read from Anki their original GUID back, and the same bytes for the same input and time", () => {
    const imported = readAnkiPackage(
      new Uint8Array(fs.readFileSync(path.resolve("../shared/fixtures/anki/update1.apkg"))),
      { fileName: "update1.apkg" },
    );
    if (!imported.ok) throw new Error("fixture did not import");
    const exported = writeAnkiPackage(
      { title: "t", sections: imported.deck.front.sections, items: imported.deck.items },
      NOW,
    );
    const db = openCollection(exported);
    expect(db.prepare("SELECT guid FROM notes").pluck().all()).toEqual(["cU1%zNUzk1"]);
    db.close();
    expect(writeAnkiPackage(DECK, NOW)).toEqual(writeAnkiPackage(DECK, NOW));
  });
});
