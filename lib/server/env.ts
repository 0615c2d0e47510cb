// The app's settings, validated once: lib/server and scripts/ read them through getEnv(). Every
// setting is optional; a bad value is a one-line error. A few places still read process.env
// themselves: server.mjs and scripts/ (their own launch settings), Next's NODE_ENV/NEXT_RUNTIME
// checks (proxy.ts, instrumentation.ts, app/layout.tsx), the fit child's inherited environment
// (fsrs/run-optimizer.ts) and the same-origin rule's TRUST_PROXY and NEXTAUTH_URL (http/request-checks.ts).
import { z } from "zod";
import { POSTGRES_URL, SQLITE_URL, sqliteFileOf } from "./db/database-url";

const portSchema = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .refine(
      (url) => SQLITE_URL.test(url) || POSTGRES_URL.test(url),
      "must be file:<path to an SQLite file> (no query parameters) or postgresql://…",
    )
    .default("file:./data/kubedrill.db"),
  PORT: portSchema.default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  // 0: every request goes through Next, none is answered by the custom server itself (lib/server/hot).
  HOT_ROUTES: z.enum(["0", "1"]).default("1"),
  // The server's V8 old-space limit. 160 MB ran out once the app had served every page and then
  // parsed a refused 400,000-row CSV import (the e2e suite's order); the importers' own limits keep
  // a single upload's peak well under the difference.
  SERVER_HEAP_MB: z.coerce.number().int().min(64).max(16_384).default(256),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
});

/** databaseFile: the SQLite file's absolute path; null when DATABASE_URL names PostgreSQL. */
export type AppEnv = z.infer<typeof envSchema> & { databaseFile: string | null };

export class EnvError extends Error {}

/** Parses settings; throws EnvError with one line naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): AppEnv {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(blankless);
  if (!result.success) {
    const parts = result.error.issues.map(
      (i) => `${i.path.join(".")}=${JSON.stringify(blankless[String(i.path[0])] ?? "")} ${i.message}`,
    );
    throw new EnvError(`Invalid configuration: ${parts.join("; ")}`);
  }
  return { ...result.data, databaseFile: sqliteFileOf(result.data.DATABASE_URL) };
}

let cached: AppEnv | null = null;
export function getEnv(): AppEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
