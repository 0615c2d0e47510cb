// `npm start` writes its pid here while it runs, so that `db:restore` can refuse to pull the
// database out from under a running app.
import fs from "node:fs";
import path from "node:path";
import type { AppEnv } from "../../lib/server/env";

export function serverPidFile(env: Pick<AppEnv, "DATA_DIR">): string {
  return path.resolve(env.DATA_DIR, "kubedrill.pid");
}

/** Writes this process's pid and removes the file again when the process exits. */
export function holdPidFile(file: string): void {
  fs.writeFileSync(file, `${process.pid}\n`);
  process.on("exit", () => {
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.rmSync(file);
    } catch {
      // Already gone.
    }
  });
}
