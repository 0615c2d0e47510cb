// What `npm start` does before serving, in a process that exits when it is done (scripts/start.mjs
// runs it, then supervises the server; tsx and everything loaded here leave memory with it):
//   settings → data folder → data-file checks → migrations → database checks → built-in decks → build if stale
// Then it hands the server's command line and settings to scripts/start.mjs over the IPC channel.
// `--dev` (npm run dev) skips the build and asks for `next dev`; `--prepare-only` (npm run setup)
// stops after the built-in decks.
import { getEnv } from "../lib/server/env";
import { describeDatabaseUrl } from "../lib/server/db/database-url";
import { prepareDataDir, checkDatabaseFile, ensureAuthSecret } from "../lib/server/db/prepare-database";
import { applyMigrations } from "../lib/server/db/migrations";
import { createDatabaseClient } from "../lib/server/db/create-database-client";
import { withStartupLock } from "../lib/server/db/startup-lock";
import { ensureSharedAuthSecret } from "../lib/server/db/shared-auth-secret";
import { buildIfStale } from "./lib/build-if-stale";
import { syncBuiltInDecks } from "./lib/sync-built-in-decks";
import { serverPidFile } from "./lib/server-pid-file";
import type { ServerLaunch } from "./start.mjs";

async function prepare() {
  const env = getEnv();
  prepareDataDir(env);
  checkDatabaseFile(env.databaseFile);
  // Two instances starting together take turns here: the second finds everything done.
  const sharedSecret = await withStartupLock(env.DATABASE_URL, env.DATA_DIR, async () => {
    const applied = await applyMigrations(env.DATABASE_URL);
    if (applied.length) console.log(`[kubedrill] applied ${applied.length} migration(s): ${applied.join(", ")}`);
    const client = createDatabaseClient(env.DATABASE_URL);
    let secret: string | null = null;
    try {
      await client.$connect(); // SQLite: sets and verifies WAL, synchronous=FULL, foreign_keys, busy_timeout
      // PostgreSQL serves several instances: one secret for all of them, kept in the database.
      if (!env.NEXTAUTH_SECRET && env.databaseFile === null) secret = await ensureSharedAuthSecret(client);
    } finally {
      await client.$disconnect();
    }
    await syncBuiltInDecks();
    return secret;
  });
  return { env, secret: sharedSecret ?? ensureAuthSecret(env) };
}

/** Sends the launch to scripts/start.mjs and resolves once it is on its way (the process may then exit). */
function handOver(launch: ServerLaunch): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send || !process.connected)
      return reject(new Error("scripts/prepare-start.ts serves nothing by itself: run `npm start`"));
    process.send(launch, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

async function main() {
  const isDev = process.argv.includes("--dev");
  const { env, secret } = await prepare();
  if (process.argv.includes("--prepare-only")) return;
  if (!isDev) await buildIfStale();
  // A capped old space makes V8 collect before the heap balloons: under the review benchmark the
  // server peaked at 283 MB instead of 392–525 MB at the same throughput. Semi-spaces of at most
  // 8 MB (by default they grow to 16 MB: 32 MB of young generation) took ~30 MB off that peak in 2 of
  // 3 runs of bench/start-tree-memory.ts. 4 MB took off ~40 MB more idle in single runs, but was
  // once measured to cost a third of the throughput, which this shared 2-core machine could neither
  // confirm nor rule out: so 8.
  const heap = isDev ? [] : [`--max-old-space-size=${env.SERVER_HEAP_MB}`, "--max-semi-space-size=8"];
  console.log(`[kubedrill] starting on port ${env.PORT} (data: ${describeDatabaseUrl(env.DATABASE_URL)})`);
  await handOver({
    args: [...heap, "server.mjs", ...(isDev ? ["--dev"] : [])],
    env: {
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
      NODE_ENV: isDev ? "development" : "production",
    },
    pidFile: serverPidFile(env),
  });
}

main().then(
  () => process.exit(0), // the database clients and esbuild's service must not keep this process alive
  (error: Error) => {
    console.error(`KubeDrill cannot start: ${error.message}`);
    process.exit(1);
  },
);
