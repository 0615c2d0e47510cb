// Prisma migrations without Prisma's native schema engine (it cannot be downloaded here): the WASM
// build of the same engine, driven through the app's own driver adapter (better-sqlite3 or pg).
// Same files (prisma/<provider>/migrations/<timestamp>_<name>/migration.sql) and same
// _prisma_migrations table as `prisma migrate`.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse as parsePostgresUrl } from "pg-connection-string";
import { describeOpenError, DatabaseSetupError } from "./sqlite-adapter";
import { describeDatabaseUrl, providerOf } from "./database-url";
import { migrationPathsFor, type MigrationPaths } from "./migration-paths";
const FILTERS = { externalTables: [], externalEnums: [] };

type Engine = engineBindings.SchemaEngine;
let wasmLoaded: Promise<void> | null = null;

// The package's entry imports the .wasm as an ES module, which Node 20 cannot do: instantiate by hand.
function loadWasm(): Promise<void> {
  wasmLoaded ??= (async () => {
    const entry = createRequire(path.join(process.cwd(), "package.json")).resolve(
      "@prisma/schema-engine-wasm/schema_engine_bg",
    );
    const bytes = await fs.readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const imports = { "./schema_engine_bg.js": engineBindings } as unknown as WebAssembly.Imports;
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return wasmLoaded;
}

// The engine replays whole migration files through executeRaw; better-sqlite3 runs one statement per
// call, so argument-less multi-statement SQL falls back to executeScript.
function allowMultiStatement(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  const isMulti = (e: unknown) =>
    /more than one statement/.test(`${(e as Error)?.message} ${((e as Error)?.cause as Error)?.message}`);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (query.args.length > 0 || !isMulti(e)) throw e;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (e) {
      if (query.args.length > 0 || !isMulti(e)) throw e;
      await adapter.executeScript(query.sql);
      return { columnNames: [], columnTypes: [], rows: [] };
    }
  };
  return adapter;
}

// Driver errors reach engine messages only as "External error id#N"; the registry holds the real one.
function lastAdapterError(factory: ReturnType<typeof engineAdapterFactory>): unknown {
  const registry = factory.errorRegistry as unknown as { registeredErrors?: { error: unknown }[] };
  return registry.registeredErrors?.at(-1)?.error;
}

// The engine reads PostgreSQL's catalog, whose flag columns have the one-byte type "char" (oid 18);
// the pg adapter has no mapping for it and refuses the whole result. Reported as text, which is
// what pg already parses it to, the engine reads it fine. Used only for migrations.
const PG_CHAR = 18;
const PG_TEXT = 25;
type Fields = { fields?: { dataTypeID: number }[] };
function charAsText<T>(result: T): T {
  for (const field of (result as Fields)?.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
  return result;
}
class CatalogReadingClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: unknown) =>
        last(error, error ? result : charAsText(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    return pending instanceof Promise ? pending.then(charAsText) : pending;
  }
}

// Migrations on PostgreSQL. The adapter's own shadow database is opened as {...config, database}
// (a connectionString would win over that `database`) and dropped before its pool is closed (which
// PostgreSQL refuses while the pool is connected): this factory builds the shadow database itself.
function postgresEngineFactory(url: string) {
  const parts = parsePostgresUrl(url) as pg.PoolConfig; // host, port, user, password, database, ssl: no connectionString
  const config = (database?: string) => ({
    ...parts,
    ...(database ? { database } : {}),
    max: 2,
    Client: CatalogReadingClient,
  });
  const inner = new PrismaPg(config());
  return {
    provider: "postgres" as const,
    adapterName: inner.adapterName,
    connect: () => inner.connect(),
    connectToShadowDb: async () => {
      const admin = await inner.connect();
      const name = `kubedrill_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg(config(name)).connect();
      const closeShadow = shadow.dispose.bind(shadow);
      let disposed: Promise<void> | null = null;
      shadow.dispose = () =>
        (disposed ??= (async () => {
          await closeShadow();
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
          await admin.dispose();
        })());
      return shadow;
    },
  };
}

// The engine never closes its connections; they are tracked and closed when the work is done so
// that no open handle blocks the app's own connection (switching to WAL needs the file to itself).
// (PostgreSQL runs multi-statement SQL as it is; only SQLite needs allowMultiStatement.)
function engineAdapterFactory(url: string, opened: SqlDriverAdapter[]) {
  const sqlite = providerOf(url) === "sqlite";
  const inner = sqlite ? new PrismaBetterSqlite3({ url }) : postgresEngineFactory(url);
  const track = (adapter: SqlDriverAdapter) => (opened.push(adapter), sqlite ? allowMultiStatement(adapter) : adapter);
  return bindMigrationAwareSqlAdapterFactory({
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  });
}

export async function listMigrations(paths: MigrationPaths) {
  const lockPath = "migration_lock.toml";
  const lockContent = await fs.readFile(path.join(paths.migrationsDir, lockPath), "utf8").catch(() => null);
  const entries = await fs.readdir(paths.migrationsDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await fs
      .readFile(path.join(paths.migrationsDir, entry.name, "migration.sql"), "utf8")
      .then((value) => ({ tag: "ok" as const, value }))
      .catch((err: Error) => ({ tag: "error" as const, value: err.message }));
    migrationDirectories.push({ path: entry.name, migrationFile: { path: "migration.sql", content } });
  }
  return {
    baseDir: paths.migrationsDir,
    lockfile: { path: lockPath, content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

function describeEngineError(url: string, error: unknown): string {
  if (providerOf(url) === "sqlite") return describeOpenError(url.replace(/^file:/, ""), error);
  const message = (error as Error)?.message ?? JSON.stringify(error);
  return `${describeDatabaseUrl(url)}: cannot migrate the PostgreSQL database: ${message}`;
}

async function withEngine<T>(url: string, paths: MigrationPaths, work: (engine: Engine) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = await fs.readFile(paths.schemaPath, "utf8");
  const opened: SqlDriverAdapter[] = [];
  const factory = engineAdapterFactory(url, opened);
  const quiet = () => undefined;
  let engine: Engine;
  try {
    engine = await engineBindings.SchemaEngine.new({ datamodels: [[paths.schemaPath, schema]] }, quiet, factory);
  } catch (error) {
    throw new DatabaseSetupError(describeEngineError(url, lastAdapterError(factory) ?? error));
  }
  try {
    return await work(engine);
  } catch (error) {
    const cause = lastAdapterError(factory);
    throw new DatabaseSetupError(describeEngineError(url, cause ?? error), { cause: error });
  } finally {
    engine.free();
    // allSettled: the engine may already have dropped the PostgreSQL shadow database it was given.
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}

/** Applies pending migrations (like `prisma migrate deploy`); returns the names applied. */
export async function applyMigrations(url: string, paths = migrationPathsFor(providerOf(url))): Promise<string[]> {
  return withEngine(url, paths, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: await listMigrations(paths), filters: FILTERS });
    return result.appliedMigrationNames;
  });
}

/**
 * Writes a new migration for the difference between the migrations folder and the schema (like
 * `prisma migrate dev --create-only`); returns its folder name, or null when nothing changed.
 * `url` should be a scratch database: the existing migrations are applied to it first.
 */
export async function createMigration(
  url: string,
  name: string,
  paths = migrationPathsFor(providerOf(url)),
): Promise<string | null> {
  return withEngine(url, paths, async (engine) => {
    const migrationsList = await listMigrations(paths);
    await engine.applyMigrations({ migrationsList, filters: FILTERS });
    await engine.devDiagnostic({ migrationsList, filters: FILTERS }); // builds the shadow schema createMigration needs
    const schema = { files: [{ path: paths.schemaPath, content: await fs.readFile(paths.schemaPath, "utf8") }] };
    const out = await engine.createMigration({
      draft: true,
      migrationName: name.replace(/[^A-Za-z0-9_]/g, "_"),
      migrationsList,
      schema,
      filters: FILTERS,
    });
    // draft mode writes "-- This is an empty migration." when nothing changed: that is no migration.
    if (out.migrationScript === null || !/^\s*[^-\s]/m.test(out.migrationScript)) return null;
    const dir = path.join(paths.migrationsDir, out.generatedMigrationName);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript, "utf8");
    const lock = `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`;
    await fs.writeFile(path.join(paths.migrationsDir, "migration_lock.toml"), lock, "utf8");
    return out.generatedMigrationName;
  });
}
