// A SQL text with `?` parameters and its values: the form the hot statements are written in, run
// by the SQLite review connection (sqlite-connection.ts) or the PostgreSQL review pool
// (postgres-connection.ts), each binding Dates and booleans the way its database stores them.
export type SqlValue = string | number | boolean | Date | null;
export type Statement = { sql: string; params: SqlValue[] };
