// The review statements' own pool on PostgreSQL, the counterpart of sqlite-connection.ts: the
// statements that run on every review go straight through `pg` as named prepared statements
// (prepared once per connection), not through Prisma's query compiler and adapter. Prisma keeps
// its own pool for everything else. One pool per process (on globalThis: see run-exclusive.ts).
import crypto from "node:crypto";
import pg from "pg";
import { POOL_WAIT_MS } from "./postgres-adapter";
import type { SqlValue, Statement } from "./statement";

/** Connections of the review pool per instance, on top of Prisma's POOL_SIZE. */
export const REVIEW_POOL_SIZE = 8;

const shared = globalThis as unknown as { kubedrillPgPools?: Map<string, pg.Pool> };
const pools = (shared.kubedrillPgPools ??= new Map());

export function postgresPool(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    // Sessions in UTC like Prisma's; idle connections close and never keep a process alive.
    pool = new pg.Pool({
      connectionString: url,
      max: REVIEW_POOL_SIZE,
      options: "-c TimeZone=UTC",
      connectionTimeoutMillis: POOL_WAIT_MS,
      allowExitOnIdle: true,
    });
    pool.on("error", () => undefined); // an idle connection dropped by the server: the pool replaces it
    pools.set(url, pool);
  }
  return pool;
}

// Prisma's columns are TIMESTAMP(3) without a zone, holding UTC; pg would read them as local time.
const TIMESTAMP_OID = 1114;
const parseUtc = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? parseUtc : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const names = new Map<string, { name: string; text: string }>();
/** The statement in PostgreSQL's form ($1, $2, … for our `?`) with a stable name to prepare it under. */
function prepared(sql: string) {
  let found = names.get(sql);
  if (!found) {
    let n = 0;
    found = {
      name: `kd_${crypto.createHash("sha1").update(sql).digest("hex").slice(0, 16)}`,
      text: sql.replace(/\?/g, () => `$${++n}`),
    };
    names.set(sql, found);
  }
  return found;
}

// A Date goes as ISO text in UTC: into a column without a zone, PostgreSQL keeps its clock time.
const value = (v: SqlValue) => (v instanceof Date ? v.toISOString() : v);

export async function postgresRows<T>(client: pg.Pool | pg.PoolClient, statement: Statement): Promise<T[]> {
  const result = await client.query({ ...prepared(statement.sql), values: statement.params.map(value), types });
  return result.rows as T[];
}

export async function postgresChanged(client: pg.Pool | pg.PoolClient, statement: Statement): Promise<number> {
  const result = await client.query({ ...prepared(statement.sql), values: statement.params.map(value), types });
  return result.rowCount ?? 0;
}

/** Runs `work` in a transaction on one pooled connection; a connection that failed is not reused. */
export async function inPostgresTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken);
  }
}
