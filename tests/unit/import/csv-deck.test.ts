import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDeckError, instructorDeckOptions, MAX_ITEMS, parseDeck, serializeDeck } from "@/lib/core/content";
import { fnv1a64 } from "@/lib/core/content/content-hash";
import { parseCsvDeck, previewCsv, type CsvMapping } from "@/lib/core/import/csv-deck";
import type { ImportedDeck } from "@/lib/core/import/imported-deck";

const ANKI = path.resolve(import.meta.dirname, "../../../../shared/fixtures/anki");
const FILE = "cards.csv";
const BASIC: CsvMapping = { delimiter: "auto", hasHeader: true, front: 0, back: 1 };

function importOk(text: string, mapping: Partial<CsvMapping> = {}, options = {}): ImportedDeck {
  const result = parseCsvDeck(text, { fileName: FILE, mapping: { ...BASIC, ...mapping }, ...options });
  if (!result.ok) throw new Error(result.errors.map(formatDeckError).join("\n"));
  return result.deck;
}

function importErrors(text: string, mapping: Partial<CsvMapping> = {}, fileName = FILE): string[] {
  const result = parseCsvDeck(text, { fileName, mapping: { ...BASIC, ...mapping } });
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors.map(formatDeckError);
}

const hashId = (front: string) => `csv-${fnv1a64(new TextEncoder().encode(front))}`;

describe("parseCsvDeck: mapping and shape", () => {
  it("turns each row below the header into a basic item with a front-hash id in one imported section", () => {
    const deck = importOk("front,back\nPod,smallest unit\nNode,a machine\n");
    expect(deck.items).toEqual([
      { id: hashId("Pod"), type: "basic", section: "imported", front: "Pod", back: "smallest unit" },
      { id: hashId("Node"), type: "basic", section: "imported", front: "Node", back: "a machine" },
    ]);
    expect(deck.front).toEqual({
      slug: "cards",
      title: FILE,
      language: "ja",
      kubernetesVersion: "1.32",
      sections: [{ id: "imported", title: FILE, notes: FILE }],
    });
    expect(deck.origins).toEqual([
      { file: FILE, line: 2, column: 1 },
      { file: FILE, line: 3, column: 1 },
    ]);
  });

  it("imports the first row too when there is no header, with the given title and language", () => {
    const deck = importOk("Pod,smallest unit\n", { hasHeader: false }, { title: "My deck", language: "en" });
    expect(deck.items.map((i) => i.id)).toEqual([hashId("Pod")]);
    expect(deck.front).toMatchObject({
      title: "My deck",
      language: "en",
      sections: [{ id: "imported", title: "My deck" }],
    });
  });

  it("gives the same ids when the same file is imported again", () => {
    const text = "front,back\nPod,one\nNode,two\n";
    expect(importOk(text).items.map((i) => i.id)).toEqual(
      importOk(text.replace("one", "changed")).items.map((i) => i.id),
    );
  });

  it("maps columns in any order and uses the id column when given", () => {
    const deck = importOk("tags,back,id,front\nk8s pod,B,pod-item,F\n", { front: 3, back: 1, id: 2, tags: 0 });
    expect(deck.items).toEqual([
      { id: "pod-item", type: "basic", section: "imported", front: "F", back: "B", tags: ["k8s", "pod"] },
    ]);
  });

  it("falls back to the front hash for rows whose id cell is blank", () => {
    const deck = importOk("id,front,back\nkept-id,F1,B1\n,F2,B2\n", { id: 0, front: 1, back: 2 });
    expect(deck.items.map((i) => i.id)).toEqual(["kept-id", hashId("F2")]);
  });

  it("splits tags on spaces and commas and drops repeats", () => {
    const deck = importOk('front,back,tags\nF,B,"a b,c  a"\n', { tags: 2 });
    expect(deck.items[0].tags).toEqual(["a", "b", "c"]);
  });

  it("makes one section per distinct section cell, in order of first use, with slug ids and the cell as title", () => {
    const deck = importOk(
      "front,back,section\nF1,B1,Pod Basics\nF2,B2,ポッド\nF3,B3,Pod Basics\nF4,B4,pod basics!\nF5,B5,\n",
      { section: 2 },
    );
    const ids = deck.front.sections.map((s) => s.id);
    expect(deck.front.sections.map((s) => s.title)).toEqual(["Pod Basics", "ポッド", "pod basics!", FILE]);
    expect(ids).toEqual([
      "pod-basics",
      `section-${fnv1a64(new TextEncoder().encode("ポッド")).slice(0, 8)}`,
      "pod-basics-2",
      "imported",
    ]);
    expect(deck.items.map((i) => i.section)).toEqual([ids[0], ids[1], ids[0], ids[2], ids[3]]);
  });

  it("produces a deck that serialises and parses as an instructor deck", () => {
    const deck = importOk('front,back,section,tags\n"Q ```1```",A,Pods,x\nQ2,A2,ジョブ,y\n', { section: 2, tags: 3 });
    const { text } = serializeDeck(deck.front, deck.items);
    const parsed = parseDeck([{ path: "cards/deck.md", text }], instructorDeckOptions);
    if (!parsed.ok) throw new Error(parsed.errors.map(formatDeckError).join("\n"));
    expect(parsed.deck.cards.map((c) => c.id)).toEqual([`${deck.items[0].id}#1`, `${deck.items[1].id}#1`]);
  });
});

describe("parseCsvDeck: CSV dialects", () => {
  it.each([
    ["tab", "front\tback\nF, with comma\tB; with semicolon\n", "\t"],
    ["semicolon", "front;back\nF, with comma;B\n", ";"],
    ["comma", "front,back\nF;x,B\n", ","],
  ])("detects %s as the delimiter from the first line", (_name, text, delimiter) => {
    expect(previewCsv(text).delimiter).toBe(delimiter);
    expect(importOk(text).items[0]).toMatchObject({ front: text.split("\n")[1].split(delimiter)[0] });
  });

  it("uses the delimiter the mapping names instead of guessing", () => {
    expect(importOk("a;b,c\nF;x,B\n", { delimiter: "," }).items[0]).toMatchObject({ front: "F;x", back: "B" });
  });

  it("reads quoted fields holding commas, quotes and line breaks, turning CRLF into LF", () => {
    const deck = importOk('front,back\r\n"line one\r\nline two, still front","say ""hi"""\r\nnext,row\r\n');
    expect(deck.items.map((i) => [i.type === "basic" && i.front, i.type === "basic" && i.back])).toEqual([
      ["line one\nline two, still front", 'say "hi"'],
      ["next", "row"],
    ]);
    expect(deck.origins.map((o) => o.line)).toEqual([2, 4]);
  });

  it("drops a byte order mark and skips blank lines and rows of empty cells", () => {
    const text = "\ufefffront,back\n\nF1,B1\n,\n\nF2,B2\n";
    expect(previewCsv(text).rows[0]).toEqual(["front", "back"]);
    expect(importOk(text).origins.map((o) => o.line)).toEqual([3, 6]);
  });

  it("previews the first five rows and the widest row's column count", () => {
    const text = ["a,b", "1,2", "3,4", "5,6", "7,8", "9,10,11", "12,13"].join("\n");
    expect(previewCsv(text)).toEqual({
      delimiter: ",",
      header: null,
      rows: [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
        ["5", "6"],
        ["7", "8"],
      ],
      columnCount: 2,
      error: null,
    });
  });

  it("previews the rows before a malformed part together with the error", () => {
    const preview = previewCsv('a,b\n1,2\n"open,3\n');
    expect(preview.rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(preview.error).toMatchObject({ line: 3, column: 1 });
  });
});

describe("parseCsvDeck: errors at file:line:column", () => {
  it("reports empty fronts and backs at their cells", () => {
    expect(importErrors("front,back\n,B\nF,  \n")).toEqual([
      "cards.csv:2:1: front is empty",
      "cards.csv:3:3: back is empty",
    ]);
  });

  it("reports an id that is not a-z, 0-9 and - at its cell", () => {
    expect(importErrors('front,back,id\nF,B,"Bad Id"\n', { id: 2 })).toEqual([
      'cards.csv:2:5: id "Bad Id" must be 3–80 characters of a-z, 0-9 and -',
    ]);
  });

  it("reports a repeated id at the second row, and a repeated front when ids come from it", () => {
    expect(
      importErrors("id,front,back\nsame-id,F1,B\nother,F2,B\nsame-id,F3,B\n", { id: 0, front: 1, back: 2 }),
    ).toEqual(['cards.csv:4:1: duplicate id "same-id"; line 2 already uses it']);
    expect(importErrors("front,back\nF,B1\nG,B2\nF,B3\n")).toEqual([
      "cards.csv:4:1: same front as line 2; without an id column the front must be unique",
    ]);
  });

  it("reports each invalid tag at the tags cell", () => {
    expect(importErrors("front,back,tags\nF,B,ok deck::sub\n", { tags: 2 })).toEqual([
      'cards.csv:2:5: tag "deck::sub" must be 1–40 letters, digits, . _ or -',
    ]);
  });

  it("reports an unclosed quote where it opened", () => {
    expect(importErrors('front,back\nok,fine\nx,"never closed\nmore,text\n')).toEqual([
      'cards.csv:3:3: quoted field opened here is never closed (a closing " is missing)',
    ]);
  });

  it("reports a stray quote inside a field with csv-parse's message at the quote", () => {
    const [error] = importErrors('front,back\n日本,x"y\n');
    expect(error).toMatch(/^cards\.csv:2:5: Invalid Opening Quote/);
  });

  it("reports rows with too many or too few columns, every one of them", () => {
    expect(importErrors("a,b\nF,B,extra\nonly\nF2,B2\n")).toEqual([
      "cards.csv:2:5: row has 3 columns; the first row has 2",
      "cards.csv:3:1: row has 1 column; the first row has 2",
    ]);
  });

  it("reports a mapped column that the file does not have", () => {
    expect(importErrors("a,b\nF,B\n", { back: 2, tags: 5 })).toEqual([
      "cards.csv:1:1: back is mapped to column 3, but the first row has 2 columns",
      "cards.csv:1:1: tags is mapped to column 6, but the first row has 2 columns",
    ]);
  });

  it(`refuses more than ${MAX_ITEMS} rows at the first row beyond the limit`, () => {
    const rows = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `front ${i},back`);
    expect(importErrors(rows.join("\n"), { hasHeader: false })).toEqual([
      `cards.csv:${MAX_ITEMS + 1}:1: too many rows: a deck may hold at most ${MAX_ITEMS} items`,
    ]);
  });

  it("refuses a file without rows below its header", () => {
    expect(importErrors("front,back\n")).toEqual(["cards.csv:1:1: the file has no rows to import"]);
  });
});

describe("parseCsvDeck: Anki plain-text exports", () => {
  const anki = (name: string) => readFileSync(path.join(ANKI, name), "utf8");
  const NO_HEADER = { hasHeader: false };

  it("finds the five problems Anki's own test finds in text-2fields.txt, skipping its comment line", () => {
    expect(importErrors(anki("text-2fields.txt"), NO_HEADER, "text-2fields.txt")).toEqual([
      "text-2fields.txt:6:1: same front as line 3; without an id column the front must be unique",
      "text-2fields.txt:7:15: row has 3 columns; the first row has 2",
      "text-2fields.txt:8:1: row has 1 column; the first row has 2",
      "text-2fields.txt:9:4: back is empty",
      "text-2fields.txt:10:1: front is empty",
    ]);
  });

  it("reads tags from a third column of text-tags.txt", () => {
    const deck = importOk(anki("text-tags.txt"), { ...NO_HEADER, tags: 2 });
    expect(deck.items.map((i) => [i.type === "basic" && i.front, i.tags])).toEqual([
      ["foo", ["baz", "qux"]],
      ["foo2", ["baz2"]],
    ]);
  });

  it("reads the one tab-separated note of text-update.txt", () => {
    expect(importOk(anki("text-update.txt"), NO_HEADER).items).toEqual([
      { id: hashId("1"), type: "basic", section: "imported", front: "1", back: "x" },
    ]);
  });

  it("honours #separator, #tags, #columns and #tags column headers and skips the others", () => {
    const text =
      "#separator:Semicolon\n#html:false\n#notetype:Basic\n#columns:Front;Back;Tags\n#tags:shared\n#tags column:3\nF,1;B,1;own\n";
    expect(previewCsv(text)).toMatchObject({
      delimiter: ";",
      header: ["Front", "Back", "Tags"],
      rows: [["F,1", "B,1", "own"]],
    });
    const deck = importOk(text, NO_HEADER);
    expect(deck.items[0]).toMatchObject({ front: "F,1", back: "B,1", tags: ["own", "shared"] });
    expect(deck.origins[0].line).toBe(7);
  });

  it("reports a separator it cannot use at the header line", () => {
    expect(importErrors("#separator:Pipe\na|b\n", NO_HEADER)).toEqual([
      'cards.csv:1:12: separator "Pipe" is not supported; use comma, tab or semicolon',
    ]);
  });
});
