import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  defaultDeckOptions,
  formatDeckError,
  parseDeck,
  type DeckItemInputOf,
  type DeckSourceFile,
  type ParsedDeck,
} from "@/lib/core/content";
import { parseCsvDeck } from "@/lib/core/import/csv-deck";
import { toCsv } from "@/lib/core/export/to-csv";
import { FIXTURES, loadDeckFolder } from "../../fixtures/decks/deck-builders";

const BUILT_IN = path.resolve(import.meta.dirname, "../../../content/decks/kubernetes-workloads");
const ROUND_TRIP_MAPPING = {
  delimiter: "auto",
  hasHeader: true,
  id: 0,
  front: 1,
  back: 2,
  tags: 3,
  section: 4,
} as const;

function parseOk(files: DeckSourceFile[]): ParsedDeck {
  const result = parseDeck(files, defaultDeckOptions);
  if (!result.ok) throw new Error(result.errors.map(formatDeckError).join("\n"));
  return result.deck;
}

/** What a CSV row can hold of a basic item. */
function basicOnly(item: DeckItemInputOf<"basic">): DeckItemInputOf<"basic"> {
  const { id, type, section, front, back, tags } = item;
  return { id, type, section, front, back, ...(tags ? { tags } : {}) };
}

function roundTrip(items: DeckItemInputOf<"basic">[], titles: Map<string, string>) {
  const result = parseCsvDeck(toCsv(items, titles), { fileName: "export.csv", mapping: ROUND_TRIP_MAPPING });
  if (!result.ok) throw new Error(result.errors.map(formatDeckError).join("\n"));
  return result.deck;
}

describe("toCsv → parseCsvDeck round trip", () => {
  it("gives back the built-in deck's basic items unchanged", () => {
    const deck = parseOk(loadDeckFolder(BUILT_IN));
    const basics = deck.items
      .filter((i): i is typeof i & DeckItemInputOf<"basic"> => i.type === "basic")
      .map(basicOnly);
    expect(basics.length).toBeGreaterThan(10);
    // Section ids are slugs already, so a title equal to the id slugifies back to it.
    const titles = new Map(deck.sections.map((s) => [s.id, s.id]));
    expect(roundTrip(basics, titles).items).toEqual(basics);
  });

  it("keeps text with quotes, commas, semicolons, tabs, line breaks, # and surrounding spaces exactly", () => {
    const texts = [
      'say "hi", then; go',
      "tab\there",
      "line one\nline two\r",
      "# not a header",
      "  spaced  ",
      "日本語 🎉",
      "=1+1",
      "yes",
    ];
    const items = texts.map((text, i): DeckItemInputOf<"basic"> => ({
      id: `tricky-${i}`,
      type: "basic",
      section: i % 2 ? "odd-rows" : "even-rows",
      front: text,
      back: `${text} back`,
      tags: ["t", `n${i}`],
    }));
    const titles = new Map([
      ["odd-rows", "Odd rows"],
      ["even-rows", "Even rows"],
    ]);
    const deck = roundTrip(items, titles);
    // A CR inside a cell is read back as a line break (LF), the only change.
    expect(deck.items).toEqual(
      items.map((item) => ({ ...item, front: item.front.replace(/\r/g, "\n"), back: item.back.replace(/\r/g, "\n") })),
    );
    expect(deck.front.sections).toEqual([
      { id: "even-rows", title: "Even rows", notes: "export.csv" },
      { id: "odd-rows", title: "Odd rows", notes: "export.csv" },
    ]);
  });
});

describe("toCsv", () => {
  const deck = parseOk(loadDeckFolder(path.join(FIXTURES, "valid/every-type")));
  const csv = toCsv(deck.items, new Map(deck.sections.map((s) => [s.id, s.title])));
  const rows = parse(csv) as string[][];
  const row = (id: string) => rows.find((r) => r[0] === id);

  it("writes RFC 4180 CSV with a header and CRLF between records", () => {
    expect(rows[0]).toEqual(["id", "front", "back", "tags", "section", "type"]);
    expect(rows).toHaveLength(deck.items.length + 1);
    expect(csv.startsWith("id,front,back,tags,section,type\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("shows every type as a readable question and answer", () => {
    expect(row("pod-shared-network")).toEqual([
      "pod-shared-network",
      "How do containers in the same Pod reach each other?",
      "Over `localhost`: they share one network namespace and IP address.",
      "networking",
      "Recall",
      "basic",
    ]);
    expect(row("pod-restart-policy-cloze")?.slice(1, 3)).toEqual([
      "A Pod's [...] defaults to [...]; a Job's Pods must use [...] or Never. Go templates such as {{.metadata.name}} are not deletions.",
      "A Pod's restartPolicy defaults to Always; a Job's Pods must use OnFailure or Never. Go templates such as {{.metadata.name}} are not deletions.",
    ]);
    expect(row("statefulset-pod-management")?.slice(2)).toEqual(["OrderedReady", "", "Recall", "typed"]);
    expect(row("pod-phase-choice")?.[2]).toBe("Pending / Succeeded");
    expect(row("deployment-default-strategy")?.[2]).toBe("true");
    expect(row("deployment-rollback-steps")?.[2]).toBe(
      "`kubectl rollout history deployment/web` → `kubectl rollout undo deployment/web --to-revision=2` → `kubectl rollout status deployment/web`",
    );
    expect(row("deployment-scale-command")?.[2]).toBe("kubectl scale deployment web --replicas=5");
    expect(row("deployment-recreate-manifest")?.[2]).toMatch(
      /^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n  name: web\n/,
    );
  });

  it("shows the steps of an anyOrder group in one place, in brackets", () => {
    const grouped = {
      ...deck.items.find((i) => i.id === "deployment-rollback-steps")!,
      steps: ["pause", { anyOrder: ["set image", "set resources"] }, "resume"],
    } as DeckItemInputOf<"ordering">;
    expect((parse(toCsv([grouped], new Map())) as string[][])[1][2]).toBe(
      "pause → (set image / set resources) → resume",
    );
  });

  it("writes the section id when no title is known", () => {
    expect((parse(toCsv([deck.items[0]], new Map())) as string[][])[1][4]).toBe(deck.items[0].section);
  });
});
