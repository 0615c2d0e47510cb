// Bundles the endpoints the custom server answers itself (lib/server/hot/serve-hot-routes.ts) into
// .next/kubedrill-hot.mjs, which server.mjs loads: plain Node cannot load our TypeScript, and
// Next's bundle is not reachable from outside a request. Packages stay external (loaded from
// node_modules, as Next loads them); `server-only` guards imports from browser bundles, and this
// bundle runs only on the server.
import { buildSync } from "esbuild";

export const HOT_ROUTES_FILE = ".next/kubedrill-hot.mjs";

export function buildHotRoutes(): void {
  buildSync({
    entryPoints: ["lib/server/hot/serve-hot-routes.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    alias: { "server-only": "./scripts/lib/empty-module.mjs" },
    outfile: HOT_ROUTES_FILE,
    logLevel: "warning",
  });
}
