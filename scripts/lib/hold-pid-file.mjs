// @ts-check
// `npm start`'s resident process (scripts/start.mjs) writes its pid to data/kubedrill.pid
// (scripts/lib/server-pid-file.ts names it) while it runs, so that `db:restore` can refuse to pull
// the database out from under a running app.
import fs from "node:fs";

/**
 * Writes this process's pid and removes the file again when the process exits.
 * @param {string} file
 */
export function holdPidFile(file) {
  fs.writeFileSync(file, `${process.pid}\n`);
  process.on("exit", () => {
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.rmSync(file);
    } catch {
      // Already gone.
    }
  });
}
