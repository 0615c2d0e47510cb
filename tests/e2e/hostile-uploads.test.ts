// The uploads that used to take the server down (issue 14): each is refused with a clear 413/422,
// the heap stays under its limit, and /api/health keeps answering from the SAME process (the
// supervisor would hide a crash behind a restart, so the pid must not change).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildAnkiPackage, type BuilderNote } from "../support/anki-package-builder";
import { createInstructor } from "./support/instructor";
import type { HttpSession } from "./support/http-session";
import { query } from "./support/db-query";

const baseURL = inject("baseURL");
const admin = inject("admin");

type Health = { status: string; server: { pid: number; heapUsedBytes: number; heapLimitBytes: number } };
async function health(): Promise<Health> {
  const response = await fetch(`${baseURL}/api/health`);
  expect(response.status).toBe(200);
  return (await response.json()) as Health;
}

function csvRows(rows: number): string {
  return `front,back\n${"a,b\n".repeat(rows)}`;
}
function csvWide(columns: number, rows: number): string {
  const row = `${Array.from({ length: columns }, () => "x").join(",")}\n`;
  return row.repeat(rows);
}
function markdownManyItems(items: number): string {
  const front =
    '---\nslug: hostile-md\ntitle: Hostile\nlanguage: en\nkubernetesVersion: "1.32"\nsections:\n  - id: s\n    title: S\n    notes: n\n---\n';
  let body = "";
  for (let i = 0; i < items; i++)
    body += "```yaml item\nid: i" + i + "\ntype: basic\nsection: s\nfront: f\nback: b\n```\n";
  return front + body;
}
function apkgManyNotes(notes: number): Uint8Array {
  const list: BuilderNote[] = Array.from({ length: notes }, (_, i) => ({
    guid: `g${i}`,
    type: "basic",
    fields: [`front ${i}`, "back"],
  }));
  return buildAnkiPackage({ notes: list });
}

let instructor: { session: HttpSession };
let stopPolling = false;
const samples: Health[] = [];
let poller: Promise<void>;

beforeAll(async () => {
  instructor = await createInstructor(baseURL, admin);
  // Health is polled throughout the uploads: every answer must be a 200 from the same process.
  poller = (async () => {
    while (!stopPolling) {
      samples.push(await health());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
}, 60_000);
afterAll(async () => {
  stopPolling = true;
  await poller;
});

async function upload(
  slug: string,
  fileName: string,
  type: string,
  body: Uint8Array | string,
  extra = "",
): Promise<{
  status: number;
  json: {
    error?: { message?: string; errors?: { message: string }[] };
    errors?: { line: number; column: number; message: string }[];
  };
}> {
  const response = await instructor.session.fetch(
    `/api/v1/decks/${slug}/import?file=${encodeURIComponent(fileName)}${extra}`,
    {
      method: "POST",
      headers: { origin: baseURL, "content-type": type },
      body: typeof body === "string" ? body : Buffer.from(body),
    },
  );
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text) };
}

describe("hostile uploads are refused while the server keeps serving", () => {
  it("refuses each with a clear 413/422, writes nothing, and keeps one process under its heap limit", async () => {
    const before = await health();
    const cases: { name: string; fileName: string; type: string; body: Uint8Array | string; expect: RegExp }[] = [
      {
        name: "400,000 short rows",
        fileName: "rows.csv",
        type: "text/csv",
        body: csvRows(400_000),
        expect: /too many rows/,
      },
      {
        name: "1,000 columns × 3,000 rows",
        fileName: "wide.csv",
        type: "text/csv",
        body: csvWide(1_000, 3_000),
        expect: /too many columns/,
      },
      {
        name: "a cell of 1 MB",
        fileName: "cell.csv",
        type: "text/csv",
        body: `front,back\nx,${"y".repeat(1_000_000)}\n`,
        expect: /longer than/,
      },
      {
        name: "Markdown with 120,000 item blocks",
        fileName: "deck.md",
        type: "text/markdown",
        body: markdownManyItems(120_000),
        expect: /more than 200000 lines/,
      },
      {
        name: ".apkg with 20,000 notes",
        fileName: "many.apkg",
        type: "application/octet-stream",
        body: apkgManyNotes(20_000),
        expect: /20000 notes/,
      },
      {
        name: "9 MiB body",
        fileName: "big.csv",
        type: "text/csv",
        body: csvRows(2_400_000),
        expect: /larger than the limit/,
      },
    ];
    for (const [index, hostile] of cases.entries()) {
      const slug = `hostile-${index}-${Date.now().toString(36)}`;
      const { status, json } = await upload(slug, hostile.fileName, hostile.type, hostile.body, "&commit=true");
      expect([413, 422], `${hostile.name}: ${status} ${JSON.stringify(json).slice(0, 300)}`).toContain(status);
      const errors = [...(json.errors ?? []), ...(json.error?.errors ?? [])];
      const said = `${json.error?.message ?? ""} ${errors.map((e) => e.message).join(" ")}`;
      expect(said, hostile.name).toMatch(hostile.expect);
      expect(query('SELECT id FROM "Deck" WHERE slug = ?', slug), hostile.name).toHaveLength(0);
      const now = await health();
      expect(now.server.pid, `${hostile.name}: the server process changed`).toBe(before.server.pid);
    }
    const peak = Math.max(...samples.map((s) => s.server.heapUsedBytes));
    console.log(
      `hostile uploads: ${cases.length} refused, ${samples.length} health answers, heap peak ${(peak / 2 ** 20).toFixed(0)} MiB of ${(before.server.heapLimitBytes / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(samples.every((s) => s.server.pid === before.server.pid)).toBe(true);
    expect(peak).toBeLessThan(before.server.heapLimitBytes);
  }, 240_000);

  it("a malformed multipart body is a 400, not a 500", async () => {
    const response = await instructor.session.fetch(`/api/v1/decks/hostile-multipart/import`, {
      method: "POST",
      headers: { origin: baseURL, "content-type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nfront,back\r\n',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/multipart/);
  });
});
