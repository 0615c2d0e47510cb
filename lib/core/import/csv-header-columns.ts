// A CSV's header row names its columns: "Back,Front,Tags" or "表,裏" is mapped by those names, so
// the instructor need not count columns. Pure; parseCsvDeck applies it before positions.

export type CsvColumnName = "front" | "back" | "tags" | "id" | "section";
export type CsvColumns = Partial<Record<CsvColumnName, number>>;

/** Header names per column, compared case- and width-insensitively after trimming (Japanese too). */
const ALIASES: Record<CsvColumnName, readonly string[]> = {
  front: ["front", "question", "term", "表", "おもて", "表面", "問題", "質問", "問い"],
  back: ["back", "answer", "definition", "裏", "うら", "裏面", "答え", "解答", "回答", "正解"],
  tags: ["tags", "tag", "タグ"],
  id: ["id", "guid", "key"],
  section: ["section", "chapter", "セクション", "章", "節"],
};

const normalise = (name: string) => name.normalize("NFKC").trim().toLowerCase();

const BY_ALIAS = new Map(
  Object.entries(ALIASES).flatMap(([column, names]) =>
    names.map((name) => [normalise(name), column as CsvColumnName] as const),
  ),
);

/**
 * The 0-based column of each known name in `header`, or null when the header does not name both
 * front and back (then it is not a header we understand, and positions decide). A name given
 * twice keeps its first column.
 */
export function columnsFromHeader(header: readonly string[]): CsvColumns | null {
  const columns: CsvColumns = {};
  header.forEach((cell, index) => {
    const column = BY_ALIAS.get(normalise(cell));
    if (column && columns[column] === undefined) columns[column] = index;
  });
  return columns.front !== undefined && columns.back !== undefined ? columns : null;
}

/**
 * Positions overlaid by the header's names: a named column wins, and a positional optional column
 * that points at a column the header gave another meaning is dropped.
 */
export function mergeHeaderColumns<T extends { front: number; back: number } & CsvColumns>(
  positional: T,
  named: CsvColumns | null,
): T {
  if (!named) return positional;
  const taken = new Set(Object.values(named));
  const merged = { ...positional };
  for (const key of ["tags", "id", "section"] as const) {
    if (named[key] === undefined && merged[key] !== undefined && taken.has(merged[key])) delete merged[key];
  }
  return { ...merged, ...named };
}
