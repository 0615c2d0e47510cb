// Values read back through $queryRaw come as the driver hands them over: SQLite integers may be
// bigint, booleans 0/1, JSON columns text; PostgreSQL counts are bigint and NUMERIC results
// Decimal objects. These make them the types the app uses.
export const rawNumber = (v: unknown): number =>
  typeof v === "number"
    ? v
    : typeof v === "bigint" || typeof v === "string"
      ? Number(v)
      : v && typeof v === "object" && "toNumber" in v
        ? (v as { toNumber: () => number }).toNumber()
        : (v as number);
export const rawBoolean = (v: unknown): boolean => v === true || v === 1 || v === 1n;
export const rawDate = (v: unknown): Date | null =>
  v === null || v === undefined ? null : v instanceof Date ? v : new Date(v as string);
export const rawJson = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v);
