import { describe, expect, it } from "vitest";
import { readCsvTable } from "@/lib/core/import/read-csv-table";
import { parseCsvDeck } from "@/lib/core/import/csv-deck";

const limits = { maxRows: 5, maxColumns: 3, maxCellChars: 10 };

describe("CSV limits are enforced while reading", () => {
  it("stops at the first row past the row limit, keeping only the rows before it", () => {
    const table = readCsvTable("a,b\n".repeat(1000), ",", "big.csv", limits);
    expect(table.limitExceeded).toBe(true);
    expect(table.records).toHaveLength(5);
    expect(table.errors).toEqual([
      { file: "big.csv", line: 6, column: 1, message: expect.stringMatching(/too many rows/) },
    ]);
  });

  it("refuses a row with too many columns at that row", () => {
    const table = readCsvTable("a,b\nc,d\n1,2,3,4\n", ",", "wide.csv", limits);
    expect(table.errors[0]).toMatchObject({
      line: 3,
      column: 1,
      message: expect.stringMatching(/too many columns \(4\)/),
    });
    expect(table.records).toHaveLength(2);
  });

  it("refuses an over-long cell", () => {
    const table = readCsvTable(`a,${"x".repeat(11)}\n`, ",", "cell.csv", limits);
    expect(table.errors[0].message).toMatch(/cell 2 is longer than 10 characters/);
  });

  it("with the real limits, 400,000 rows are refused as an import error, not read whole", () => {
    const result = parseCsvDeck(`front,back\n${"a,b\n".repeat(400_000)}`, {
      fileName: "rows.csv",
      mapping: { delimiter: "auto", hasHeader: true, front: 0, back: 1 },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({
      file: "rows.csv",
      line: 2002,
      message: expect.stringMatching(/too many rows/),
    });
  });
});
