// `npm start` keeps its pid in this file while it runs (scripts/lib/hold-pid-file.mjs writes it), so
// that `db:restore` can refuse to pull the database out from under a running app.
import path from "node:path";
import type { AppEnv } from "../../lib/server/env";

export function serverPidFile(env: Pick<AppEnv, "DATA_DIR">): string {
  return path.resolve(env.DATA_DIR, "kubedrill.pid");
}
