// Calls server actions over HTTP exactly as React's client does (Next-Action header + encodeReply
// multipart body), so authorisation tests exercise the real endpoint, not the function.
import fs from "node:fs";
import path from "node:path";
import type { HttpSession } from "./http-session";

export type ActionRef = { id: string; file: string; name: string; page: string };

/** Every server action in the build, from Next's own manifest. */
export function loadServerActions(): ActionRef[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const pages = Object.keys(entry.workers).filter((w) => w.endsWith("/page") && !w.includes("/_"));
    const worker = pages.includes("app/page") ? "app/page" : (pages[0] ?? "app/page");
    const page = worker.replace(/^app/, "").replace(/\/page$/, "") || "/";
    return { id, file: entry.filename, name: entry.exportedName, page };
  });
}

/**
 * @param withPreviousState true for actions used with useActionState ((previous, formData) => …)
 */
export async function callServerAction(
  session: HttpSession,
  action: ActionRef,
  fields: Record<string, string>,
  withPreviousState: boolean,
  origin = session.baseURL,
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", withPreviousState ? '[null,"$K1"]' : '["$K1"]');
  const response = await session.fetch(action.page, {
    method: "POST",
    body,
    headers: { "next-action": action.id, accept: "text/x-component", origin: new URL(origin).origin },
  });
  const text = await response.text();
  return { status: response.status, text, redirect: response.headers.get("x-action-redirect") };
}
