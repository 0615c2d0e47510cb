import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, brotliFileFor } from "@/lib/http/precompressed-static.mjs";

describe("acceptsBrotli", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br", true],
    ["BR;q=0.5", true],
    ["gzip, br;q=0", false],
    ["br;q=0.0", false],
    ["gzip, deflate", false],
    ["brotli", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });
});

describe("brotliFileFor", () => {
  let root: string;
  let staticDir: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-static-"));
    staticDir = path.join(root, "static");
    fs.mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
    for (const name of [
      "chunks/app.js",
      "chunks/app.js.br",
      "chunks/site.css",
      "chunks/site.css.br",
      "chunks/plain.js",
    ])
      fs.writeFileSync(path.join(staticDir, name), name);
    fs.writeFileSync(path.join(root, "secret.js.br"), "outside the static folder");
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const br = "gzip, deflate, br";
  it("answers a script or stylesheet that has a .br copy, with its type", () => {
    expect(brotliFileFor(staticDir, "GET", "/_next/static/chunks/app.js", br)).toMatchObject({
      path: path.join(staticDir, "chunks/app.js.br"),
      type: "application/javascript; charset=UTF-8",
      size: "chunks/app.js.br".length,
    });
    expect(brotliFileFor(staticDir, "HEAD", "/_next/static/chunks/site.css?v=1", br)).toMatchObject({
      type: "text/css; charset=UTF-8",
    });
  });

  it("leaves everything else to Next", () => {
    expect(brotliFileFor(staticDir, "GET", "/_next/static/chunks/app.js", "gzip")).toBeNull(); // no Brotli
    expect(brotliFileFor(staticDir, "POST", "/_next/static/chunks/app.js", br)).toBeNull();
    expect(brotliFileFor(staticDir, "GET", "/_next/static/chunks/plain.js", br)).toBeNull(); // no .br copy
    expect(brotliFileFor(staticDir, "GET", "/_next/static/chunks/app.js.br", br)).toBeNull(); // not a served type
    expect(brotliFileFor(staticDir, "GET", "/review/app.js", br)).toBeNull();
    expect(brotliFileFor(staticDir, "GET", "/_next/static/%E0%A4%A", br)).toBeNull(); // malformed escape
  });

  it("never leaves the static folder", () => {
    expect(brotliFileFor(staticDir, "GET", "/_next/static/../secret.js", br)).toBeNull();
    expect(brotliFileFor(staticDir, "GET", "/_next/static/%2E%2E%2Fsecret.js", br)).toBeNull();
    expect(brotliFileFor(staticDir, "GET", "/_next/static/chunks/..%2F..%2Fsecret.js", br)).toBeNull();
  });
});
