// Deck as code from a shell: an instructor makes an API token on the tokens page's action, curl
// imports the built-in deck's files with it (preview, then commit), an oversized upload gets 413
// and writes nothing, and once revoked the token gets 401.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { query } from "./support/db-query";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { action } from "./support/http-accounts";
import { callServerAction } from "./support/server-actions";
import { createInstructor } from "./support/instructor";

const run = promisify(execFile);
const baseURL = inject("baseURL");
const admin = inject("admin");
const DECK_FILES = fs
  .readdirSync("content/decks/kubernetes-workloads")
  .map((name) => path.join("content/decks/kubernetes-workloads", name));
let tmp: string;

/** Runs curl and returns the status code and the body it printed. */
async function curl(args: string[]): Promise<{ status: number; body: string }> {
  const out = path.join(tmp, `out-${Date.now()}-${Math.random()}`);
  const { stdout } = await run("curl", ["-sS", "-o", out, "-w", "%{http_code}", ...args], { maxBuffer: 1 << 20 });
  return { status: Number(stdout), body: fs.readFileSync(out, "utf8") };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kd-curl-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("deck import with an API token and curl", () => {
  it("imports with a token, answers 413 to an oversized upload and 401 once the token is revoked", async () => {
    const instructor = await createInstructor(baseURL, admin);
    const created = await callServerAction(instructor.session, action("createTokenAction"), { name: "ci" }, true);
    const token = /kd_[A-Za-z0-9_-]{43}/.exec(created.text)?.[0];
    expect(token, created.text.slice(0, 300)).toBeTruthy();
    const [row] = query<{ id: string; tokenHash: string }>(
      'SELECT id, tokenHash FROM "ApiToken" WHERE userId = ?',
      instructor.id,
    );
    expect(row.tokenHash).not.toContain(token!); // only the hash is stored

    const auth = ["-H", `Authorization: Bearer ${token}`];
    const files = DECK_FILES.flatMap((file) => ["-F", `file=@${file}`]);
    const url = `${baseURL}/api/v1/decks/ci-workloads/import`;
    const preview = await curl([...auth, ...files, url]);
    expect(preview.status).toBe(200);
    expect(JSON.parse(preview.body)).toMatchObject({ ok: true, committed: false, isNewDeck: true });
    expect(query('SELECT id FROM "Deck" WHERE slug = ?', "ci-workloads")).toHaveLength(0);

    const commit = await curl([...auth, ...files, `${url}?commit=true`]);
    expect(commit.status).toBe(200);
    const outcome = JSON.parse(commit.body);
    expect(outcome).toMatchObject({ ok: true, committed: true, version: 1 });
    expect(outcome.plan.added).toHaveLength(130);
    expect(
      query('SELECT i.id FROM "Item" i JOIN "Deck" d ON d.id = i.deckId WHERE d.slug = ?', "ci-workloads"),
    ).toHaveLength(130);

    const again = JSON.parse((await curl([...auth, ...files, `${url}?commit=true`])).body);
    expect(again).toMatchObject({ ok: true, version: null, plan: { added: [], changed: [], removed: [] } });

    const big = path.join(tmp, "big.md");
    fs.writeFileSync(big, Buffer.alloc(9 * 1024 * 1024, "a"));
    const tooLarge = await curl([
      ...auth,
      "-H",
      "Content-Type: text/markdown",
      "--data-binary",
      `@${big}`,
      `${baseURL}/api/v1/decks/too-large/import?commit=true`,
    ]);
    expect(tooLarge.status).toBe(413);
    expect(query('SELECT id FROM "Deck" WHERE slug = ?', "too-large")).toHaveLength(0);

    const spec = await curl([`${baseURL}/api/v1/openapi.json`]);
    expect(spec.status).toBe(200);
    expect(Object.keys(JSON.parse(spec.body).paths)).toContain("/api/v1/decks/{slug}/import");

    const revoked = await callServerAction(instructor.session, action("revokeTokenAction"), { tokenId: row.id }, false);
    expect(revoked.status).toBe(200);
    const refused = await curl([...auth, ...files, `${url}?commit=true`]);
    expect(refused.status).toBe(401);
    const wrong = await curl(["-H", "Authorization: Bearer kd_not-a-real-token", ...files, url]);
    expect(wrong.status).toBe(401);
  });
});
