// npm run db:restore -- FILE   Replaces the SQLite database with a backup (the app must be stopped).
import path from "node:path";
import { getEnv } from "../lib/server/env";
import { requireSqliteFile } from "./lib/require-sqlite-file";
import { BackupError, restoreDatabase } from "../lib/server/db/backup";
import { serverPidFile } from "./lib/server-pid-file";

const backup = process.argv[2];
if (!backup) {
  console.error("usage: npm run db:restore -- FILE");
  process.exit(2);
}
const env = getEnv();
const databaseFile = requireSqliteFile(env, "pg_restore");
try {
  const { replacedKeptAs } = restoreDatabase(path.resolve(backup), databaseFile, serverPidFile(env), new Date());
  console.log(
    `restored ${databaseFile} from ${backup}${replacedKeptAs ? ` (the previous file is kept as ${replacedKeptAs})` : ""}`,
  );
} catch (error) {
  console.error(error instanceof BackupError ? error.message : `restore failed: ${(error as Error).message}`);
  process.exit(1);
}
