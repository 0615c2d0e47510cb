// Online backup and offline restore of the SQLite file. Not `server-only`: the npm scripts use it.
//
// The copy is `VACUUM INTO`: one read transaction, so it is a consistent snapshot of the moment it
// began while the app keeps writing (WAL lets writers go on beside a reader), and it never has to
// start over the way the page-by-page backup API does when another process writes meanwhile.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type BackupReport = { file: string; bytes: number; reviewLogs: number; integrity: string };

export class BackupError extends Error {}

/** "ok", or SQLite's first complaint about the file. */
export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

function reviewLogCount(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM "ReviewLog"').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Copies the live database to `target` (which must not exist) and checks the copy. */
export function backupDatabase(source: string, target: string): BackupReport {
  if (!fs.existsSync(source)) throw new BackupError(`${source} does not exist: nothing to back up`);
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new BackupError(`${file} exists already; choose a new file name`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    db.prepare("VACUUM INTO ?").run(file);
  } finally {
    db.close();
  }
  const integrity = integrityOf(file);
  if (integrity !== "ok") throw new BackupError(`the copy ${file} failed its integrity check: ${integrity}`);
  return { file, bytes: fs.statSync(file).size, reviewLogs: reviewLogCount(file), integrity };
}

/** True while a KubeDrill started by `npm start` on this data folder is running. */
export function isAppRunning(pidFile: string): number | null {
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

/**
 * Replaces the database with `backup`: refused while the app runs (its pid file names a live
 * process) and unless the backup passes `integrity_check` and is a KubeDrill database. The file it
 * replaces is kept beside it; the swap is a rename, so a crash leaves one or the other, whole.
 */
export function restoreDatabase(
  backup: string,
  databaseFile: string,
  pidFile: string,
  now: Date,
): { replacedKeptAs: string | null } {
  const running = isAppRunning(pidFile);
  if (running) throw new BackupError(`KubeDrill is running (pid ${running}); stop it before restoring`);
  if (!fs.existsSync(backup)) throw new BackupError(`${backup} does not exist`);
  let integrity: string;
  try {
    integrity = integrityOf(backup);
  } catch (error) {
    throw new BackupError(`${backup} is not a readable SQLite database: ${(error as Error).message}`);
  }
  if (integrity !== "ok")
    throw new BackupError(`${backup} failed its integrity check: ${integrity}; nothing was restored`);
  const probe = new Database(backup, { readonly: true });
  try {
    probe.prepare('SELECT 1 FROM "_prisma_migrations" LIMIT 1').all();
  } catch {
    throw new BackupError(`${backup} is not a KubeDrill database (no migrations table); nothing was restored`);
  } finally {
    probe.close();
  }
  const staging = `${databaseFile}.restoring`;
  fs.copyFileSync(backup, staging);
  let replacedKeptAs: string | null = null;
  if (fs.existsSync(databaseFile)) {
    replacedKeptAs = `${databaseFile}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(databaseFile, replacedKeptAs);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  fs.renameSync(staging, databaseFile);
  return { replacedKeptAs };
}
