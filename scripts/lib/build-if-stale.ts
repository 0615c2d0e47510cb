// Rebuilds only when a source file changed since the last build, so a restart is fast and an
// edited checkout never serves an old build.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { finishBuild } from "./finish-build";

const SOURCES = [
  "app",
  "worker",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "package-lock.json",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "instrumentation.ts",
  "proxy.ts",
];
const STAMP = ".next/kubedrill-source-stamp";

function collect(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const child of fs.readdirSync(entry).sort()) collect(path.join(entry, child), out);
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceStamp(): string {
  const entries: string[] = [];
  for (const source of SOURCES) collect(source, entries);
  return crypto.createHash("sha256").update(entries.join("\n")).digest("hex");
}

/** Builds the app and records which sources it was built from (read before the build starts). */
export function build(): void {
  const stamp = sourceStamp();
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
  finishBuild();
  fs.writeFileSync(STAMP, stamp);
}

export async function buildIfStale(): Promise<void> {
  const built =
    fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === sourceStamp();
  if (built) return;
  console.log("[kubedrill] building the app (first start or sources changed)…");
  build();
}
