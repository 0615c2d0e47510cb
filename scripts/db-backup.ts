// npm run db:backup -- FILE   A consistent copy of the SQLite database while the app serves.
import { getEnv } from "../lib/server/env";
import { requireSqliteFile } from "./lib/require-sqlite-file";
import { backupDatabase, BackupError } from "../lib/server/db/backup";

const target = process.argv[2];
if (!target) {
  console.error("usage: npm run db:backup -- FILE");
  process.exit(2);
}
try {
  const report = backupDatabase(requireSqliteFile(getEnv(), "pg_dump"), target);
  console.log(
    `backed up to ${report.file}: ${report.bytes} bytes, ${report.reviewLogs} review logs, integrity ${report.integrity}`,
  );
} catch (error) {
  console.error(error instanceof BackupError ? error.message : `backup failed: ${(error as Error).message}`);
  process.exit(1);
}
