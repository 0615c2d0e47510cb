// Security headers on pages, API responses and static files, and the session cookie's flags.
import http from "node:http";
import zlib from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { HttpSession } from "./support/http-session";
import { createAccount } from "./support/http-accounts";
import { uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");

describe("security headers", () => {
  it.each(["/", "/signin", "/review/kubernetes-workloads"])(
    "page %s carries a nonce CSP with frame-ancestors 'none', nosniff and a referrer policy",
    async (path) => {
      const response = await fetch(new URL(path, baseURL), { redirect: "manual" });
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    },
  );

  it.each(["/api/health", "/api/v1/me/export", "/api/auth/csrf"])(
    "API %s carries a deny-all CSP, nosniff and a referrer policy",
    async (path) => {
      const response = await fetch(new URL(path, baseURL), { redirect: "manual" });
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    },
  );

  it("gives every page its own nonce and puts it on Next's scripts", async () => {
    const [a, b] = await Promise.all([fetch(baseURL), fetch(baseURL)]);
    const nonceOf = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(a)).toBeTruthy();
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    const html = await a.text();
    expect(html).toContain(`nonce="${nonceOf(a)}"`);
  });

  it("static files get nosniff too", async () => {
    const html = await (await fetch(baseURL)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const response = await fetch(new URL(asset!, baseURL));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves scripts and stylesheets as Brotli to browsers that accept it, byte for byte the same file", async () => {
    const html = await (await fetch(baseURL)).text();
    const assets = [/\/_next\/static\/[^"]+\.js/.exec(html)?.[0], /\/_next\/static\/[^"]+\.css/.exec(html)?.[0]];
    for (const asset of assets) {
      expect(asset).toBeTruthy();
      const plain = await rawGet(asset!, "identity");
      const brotli = await rawGet(asset!, "gzip, deflate, br, zstd");
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(brotli.headers["content-encoding"]).toBe("br");
      expect(brotli.headers["vary"]).toMatch(/accept-encoding/i);
      expect(brotli.headers["x-content-type-options"]).toBe("nosniff");
      expect(brotli.headers["cache-control"]).toContain("immutable");
      expect(brotli.headers["content-type"]).toBe(plain.headers["content-type"]);
      expect(brotli.body.length).toBeLessThan(plain.body.length);
      expect(zlib.brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    }
    const refused = await rawGet(assets[0]!, "gzip, br;q=0");
    expect(refused.headers["content-encoding"]).not.toBe("br");
  });

  it("sends HSTS only when the browser reached us over https (through the trusted proxy here)", async () => {
    const plain = await fetch(new URL("/signin", baseURL));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const secure = await fetch(new URL("/signin", baseURL), { headers: { "x-forwarded-proto": "https" } });
    expect(secure.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("compares the whole origin on state-changing API calls: the same host with another scheme or port is refused", async () => {
    const learner = await createAccount(baseURL, uniqueEmail("origin"), "origin-check-password-9", "198.51.100.40");
    const own = new URL(baseURL);
    const body = JSON.stringify({ action: "bury" });
    for (const origin of [`https://${own.host}`, `http://${own.hostname}:1`, "null"]) {
      const response = await learner.fetch("/api/v1/cards/kubernetes-workloads%3Apod-basics-container-count%230/flag", {
        method: "POST",
        body,
        headers: { origin, "content-type": "application/json" },
      });
      expect(response.status, origin).toBe(403);
    }
  });

  it("the session cookie is HttpOnly and SameSite=Lax", async () => {
    const email = uniqueEmail("cookie");
    await createAccount(baseURL, email, "cookie-test-password-1", "198.51.100.77");
    const response = await new HttpSession(baseURL, "198.51.100.77").signIn(email, "cookie-test-password-1");
    const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    expect(session).toBeTruthy();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
  });
});

/** A GET without the client's own decoding, to see the bytes and headers as sent. */
function rawGet(
  pathname: string,
  acceptEncoding: string,
): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(pathname, baseURL), { headers: { "accept-encoding": acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}
