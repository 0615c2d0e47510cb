// Serves the service worker bundled at build time (scripts/lib/build-service-worker.ts). Public: it
// is the same static script for everyone and holds no data.
import fs from "node:fs";
import path from "node:path";

export const dynamic = "force-dynamic";

export function GET() {
  const file = path.join(process.cwd(), ".next", "kubedrill-sw.js");
  if (!fs.existsSync(file))
    return new Response("// no service worker in this build\n", {
      status: 404,
      headers: { "Content-Type": "text/javascript" },
    });
  return new Response(fs.readFileSync(file), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
      "Service-Worker-Allowed": "/",
    },
  });
}
