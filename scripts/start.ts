// `npm start`: everything a fresh machine needs, then the server.
//   settings → data folder → data-file checks → migrations → database checks → built-in decks → build if stale → next start
// `npm run dev` does the same and then runs `next dev`; `npm run setup` stops before serving.
import { spawn } from "node:child_process";
import { getEnv } from "../lib/server/env";
import { describeDatabaseUrl } from "../lib/server/db/database-url";
import { prepareDataDir, checkDatabaseFile, ensureAuthSecret } from "../lib/server/db/prepare-database";
import { applyMigrations } from "../lib/server/db/migrations";
import { createDatabaseClient } from "../lib/server/db/create-database-client";
import { withStartupLock } from "../lib/server/db/startup-lock";
import { ensureSharedAuthSecret } from "../lib/server/db/shared-auth-secret";
import { buildIfStale } from "./lib/build-if-stale";
import { supervise } from "./lib/supervise";
import { syncBuiltInDecks } from "./lib/sync-built-in-decks";
import { holdPidFile, serverPidFile } from "./lib/server-pid-file";


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

async function main() {
  const isDev = process.argv.includes("--dev");
  const { env, secret } = await prepare();
  if (process.argv.includes("--prepare-only")) return;
  if (!isDev) await buildIfStale();
  const childEnv = {
    ...process.env,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    NODE_ENV: isDev ? "development" : "production",
  } as NodeJS.ProcessEnv;
  // A capped old space makes V8 collect before the heap balloons: under the review benchmark the
  // server peaked at 283 MB instead of 392–525 MB at the same throughput. (A 4 MB young generation
  // too brought it to ~250 MB but cost a third of the throughput.)
  const heap = isDev ? [] : [`--max-old-space-size=${env.SERVER_HEAP_MB}`];
  const args = [...heap, "server.mjs", ...(isDev ? ["--dev"] : [])];
  console.log(`[kubedrill] starting on port ${env.PORT} (data: ${describeDatabaseUrl(env.DATABASE_URL)})`);
  holdPidFile(serverPidFile(env)); // db:restore refuses while this names a live process
  // The server runs as a supervised child: a crash (out of memory, an uncaught error) restarts it
  // with backoff instead of leaving the instance down. Ctrl-C / SIGTERM stop both for good.
  const supervisor = supervise({ start: () => spawn(process.execPath, args, { stdio: ["inherit", "inherit", "pipe", "ipc"], env: childEnv }) });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void supervisor.stop(signal).then((code) => process.exit(code)));
  }
}

main().catch((error: Error) => {
  console.error(`KubeDrill cannot start: ${error.message}`);
  process.exit(1);
});
