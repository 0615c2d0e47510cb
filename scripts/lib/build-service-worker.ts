// Bundles worker/sw.ts (Serwist) into .next/kubedrill-sw.js, served at /sw.js by app/sw.js/route.ts.
// Next's own bundler has no service-worker target, and Serwist's Next plugin needs webpack.
import { buildSync } from "esbuild";

export const SERVICE_WORKER_FILE = ".next/kubedrill-sw.js";

export function buildServiceWorker(): void {
  buildSync({
    entryPoints: ["worker/sw.ts"],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    outfile: SERVICE_WORKER_FILE,
    logLevel: "warning",
  });
}
