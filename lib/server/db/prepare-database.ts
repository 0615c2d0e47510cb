// Start-up checks that turn an unusable data file into one clear line instead of a stack trace.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { AppEnv } from "../env";
import { DatabaseSetupError } from "./sqlite-adapter";

const SQLITE_HEADER = "SQLite format 3\0";

export function prepareDataDir(env: AppEnv): void {
  fs.mkdirSync(path.resolve(env.DATA_DIR), { recursive: true });
  if (env.databaseFile) fs.mkdirSync(path.dirname(env.databaseFile), { recursive: true });
}

/** SQLite only: refuses a file that exists but is not an SQLite database, or that is marked read-only. */
export function checkDatabaseFile(file: string | null): void {
  if (file === null || !fs.existsSync(file)) return; // null: PostgreSQL, nothing on disk to check
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new DatabaseSetupError(`${file} is not a file; set DATABASE_URL to an SQLite file path`);
  if (stat.size > 0) {
    const header = Buffer.alloc(16);
    const fd = fs.openSync(file, "r");
    try {
      fs.readSync(fd, header, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (header.toString("latin1") !== SQLITE_HEADER) {
      throw new DatabaseSetupError(`${file} is not an SQLite database; move it away or set DATABASE_URL`);
    }
  }
  // Checked on the mode bits because root (as in CI) can write to a read-only file anyway.
  const dirStat = fs.statSync(path.dirname(file));
  if ((stat.mode & 0o222) === 0 || (dirStat.mode & 0o222) === 0) {
    throw new DatabaseSetupError(`${file} is read-only (the file or its folder); make it writable or set DATABASE_URL`);
  }
}

/** NEXTAUTH_SECRET from the environment, else one generated on first run and kept in the data folder. */
export function ensureAuthSecret(env: AppEnv): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return secret;
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true }); // `npm run build` on a fresh clone gets here before any start
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
