// Loads the app's own lib/server code into this process against a given SQLite file.
import { register } from "node:module";

export type App = typeof import("./app-modules");

let loaded: { url: string; app: App } | null = null;

/**
 * lib/server/db.ts builds its client from DATABASE_URL once, at import, and keeps it on
 * globalThis: one process can load the app for one database file only.
 */
export async function loadApp(url: string): Promise<App> {
  if (loaded) {
    if (loaded.url !== url) throw new Error(`the app is already loaded for ${loaded.url}`);
    return loaded.app;
  }
  process.env.DATABASE_URL = url;
  register("./esm-interop-hooks.mjs", import.meta.url);
  const app = await import("./app-modules");
  loaded = { url, app };
  return app;
}
