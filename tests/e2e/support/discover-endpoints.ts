// Every endpoint the app exposes: server actions from Next's manifest, route handlers from app/, and
// the endpoints the custom server answers itself before Next (lib/server/hot).
import fs from "node:fs";
import path from "node:path";
import { HOT_ENDPOINTS } from "../../../lib/server/hot/hot-endpoints";
import { loadServerActions } from "./server-actions";

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

export function discoverEndpoints(): string[] {
  const actions = loadServerActions().map((a) => `action ${a.file}#${a.name}`);
  const routes = routeFiles(path.resolve("app")).flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    const route = "/" + path.relative(path.resolve("app"), path.dirname(file)).split(path.sep).join("/");
    const methods = [
      ...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g),
    ].map((m) => m[1] ?? m[2]);
    return [...new Set(methods)].map((method) => `${method} ${route}`);
  });
  return [...new Set([...actions, ...routes, ...HOT_ENDPOINTS])].sort();
}
