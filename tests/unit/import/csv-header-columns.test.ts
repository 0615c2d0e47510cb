import { describe, expect, it } from "vitest";
import { formatDeckError } from "@/lib/core/content";
import { parseCsvDeck, type CsvMapping } from "@/lib/core/import/csv-deck";
import { columnsFromHeader, mergeHeaderColumns } from "@/lib/core/import/csv-header-columns";

const POSITIONS: CsvMapping = { delimiter: "auto", hasHeader: true, front: 0, back: 1 };

function items(text: string, mapping: Partial<CsvMapping> = {}) {
  const result = parseCsvDeck(text, { fileName: "cards.csv", mapping: { ...POSITIONS, ...mapping } });
  if (!result.ok) throw new Error(result.errors.map(formatDeckError).join("\n"));
  return result.deck.items.map((item) => ({
    id: item.id,
    front: item.type === "basic" ? item.front : null,
    back: item.type === "basic" ? item.back : null,
    tags: item.tags,
    section: item.section,
  }));
}

describe("columnsFromHeader", () => {
  it("finds every column the importer supports by name, case- and width-insensitively", () => {
    expect(columnsFromHeader(["Tags", " BACK ", "Section", "ｉｄ", "Front"])).toEqual({
      tags: 0,
      back: 1,
      section: 2,
      id: 3,
      front: 4,
    });
  });

  it("understands Japanese names", () => {
    expect(columnsFromHeader(["裏", "表", "タグ"])).toEqual({ back: 0, front: 1, tags: 2 });
    expect(columnsFromHeader(["問題", "答え", "セクション"])).toEqual({ front: 0, back: 1, section: 2 });
  });

  it("is null when the header does not name both front and back", () => {
    expect(columnsFromHeader(["front", "notes"])).toBeNull();
    expect(columnsFromHeader(["Pod", "smallest unit"])).toBeNull();
  });

  it("keeps the first column of a name given twice", () => {
    expect(columnsFromHeader(["front", "back", "front"])).toEqual({ front: 0, back: 1 });
  });
});

describe("mergeHeaderColumns", () => {
  it("lets named columns win and drops a positional optional column that now means something else", () => {
    expect(mergeHeaderColumns({ front: 0, back: 1, tags: 2 }, { back: 0, front: 2 })).toEqual({ front: 2, back: 0 });
    expect(mergeHeaderColumns({ front: 0, back: 1, tags: 3 }, { back: 0, front: 2 })).toEqual({
      front: 2,
      back: 0,
      tags: 3,
    });
    expect(mergeHeaderColumns({ front: 0, back: 1 }, null)).toEqual({ front: 0, back: 1 });
  });
});

describe("parseCsvDeck maps a header row by name", () => {
  it("reads back,front,tags,id in that order with the default positions", () => {
    expect(items("Back,Front,Tags,ID\nsmallest unit,Pod,k8s core,pod-basics\n")).toEqual([
      { id: "pod-basics", front: "Pod", back: "smallest unit", tags: ["k8s", "core"], section: "imported" },
    ]);
  });

  it("reads a Japanese header with a section column", () => {
    expect(items("セクション,裏,表\nワークロード,最小の単位,Pod\n")).toEqual([
      {
        id: expect.stringMatching(/^csv-/),
        front: "Pod",
        back: "最小の単位",
        tags: undefined,
        section: expect.any(String),
      },
    ]);
  });

  it("uses positions when the header does not name front and back, when there is no header, and when byHeader is off", () => {
    expect(items("a,b\nPod,unit\n")[0]).toMatchObject({ front: "Pod", back: "unit" });
    expect(items("back,front\nPod,unit\n", { hasHeader: false }).map((i) => i.front)).toEqual(["back", "Pod"]);
    expect(items("back,front\nPod,unit\n", { byHeader: false })[0]).toMatchObject({ front: "Pod", back: "unit" });
  });
});
