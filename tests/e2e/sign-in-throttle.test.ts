// Sign-in throttling over real HTTP. The server runs with a 30-second window (global-setup.ts) and
// trusts X-Forwarded-For, so each test speaks from its own documentation-range address.
import { describe, expect, inject, it } from "vitest";
import { HttpSession } from "./support/http-session";
import { createAccount } from "./support/http-accounts";
import { uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");

describe("sign-in throttling", () => {
  it("lets at most 10 of 1,000 wrong passwords from one address reach the hash, answers the rest 429, and lets the right password in after the window", async () => {
    const ip = "203.0.113.7";
    const email = uniqueEmail("flood");
    const password = "the-right-password-77";
    await createAccount(baseURL, email, password, "198.51.100.1");

    const attacker = new HttpSession(baseURL, ip);
    const csrf = ((await (await attacker.fetch("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const statuses: number[] = [];
    const retryAfters: number[] = [];
    let windowEnds = 0; // the latest moment a 429 said to come back at
    const started = Date.now();
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const body = new URLSearchParams({
            email,
            password: `wrong-password-${batch}-${i}`,
            csrfToken: csrf,
            json: "true",
          });
          const response = await attacker.fetch("/api/auth/callback/credentials", {
            method: "POST",
            body,
            headers: { "content-type": "application/x-www-form-urlencoded" },
          });
          statuses.push(response.status);
          if (response.status === 429) {
            retryAfters.push(Number(response.headers.get("retry-after")));
            windowEnds = Math.max(windowEnds, Date.now() + retryAfters.at(-1)! * 1000);
          }
        }),
      );
    }
    const elapsedSeconds = (Date.now() - started) / 1000;
    const reachedHash = statuses.filter((s) => s !== 429);
    console.info(
      `1,000 attempts in ${elapsedSeconds.toFixed(1)} s: ${reachedHash.length} reached the hash, ${retryAfters.length} got 429`,
    );
    expect(statuses).toHaveLength(1000);
    expect(elapsedSeconds).toBeLessThan(60); // the scenario is "within a minute"; a precondition, not a speed claim
    expect(reachedHash.length).toBeLessThanOrEqual(10);
    expect(reachedHash.every((s) => s === 401)).toBe(true);
    expect(retryAfters.length).toBe(1000 - reachedHash.length);
    expect(retryAfters.every((s) => s >= 1 && s <= 30)).toBe(true);

    // Still blocked for the right password inside the window…
    expect((await new HttpSession(baseURL, ip).signIn(email, password)).status).toBe(429);
    // …and let in once the window has passed (Retry-After rounds up, so windowEnds is never early).
    await new Promise((resolve) => setTimeout(resolve, windowEnds + 1000 - Date.now()));
    const owner = new HttpSession(baseURL, ip);
    expect((await owner.signIn(email, password)).status).toBe(200);
    expect(owner.sessionToken()).toBeTruthy();
  }, 120_000);

  it("refuses a 64-character Japanese password with only its last character changed", async () => {
    const ip = "203.0.113.64";
    const base =
      "春はあけぼのやうやう白くなりゆく山ぎはすこしあかりて紫だちたる雲のほそくたなびきたる夏は夜月のころはさらなり闇もなほ蛍の多く飛びちがひたる秋は夕暮";
    const password = [...base].slice(0, 64).join("");
    expect([...password]).toHaveLength(64);
    const lastChanged = [...password].slice(0, 63).join("") + (password.endsWith("あ") ? "い" : "あ");
    expect([...lastChanged]).toHaveLength(64);
    expect(lastChanged.slice(0, -1)).toBe(password.slice(0, -1));
    const nearMiss = lastChanged;
    const email = uniqueEmail("japanese");
    await createAccount(baseURL, email, password, ip);
    expect((await new HttpSession(baseURL, ip).signIn(email, nearMiss)).status).toBe(401);
    expect((await new HttpSession(baseURL, ip).signIn(email, password)).status).toBe(200);
  });

  it("ten wrong passwords cannot lock the owner out: the owner signs in from a clean address, while the failing address stays refused", async () => {
    const email = uniqueEmail("lockout");
    const password = "the-owners-password-42";
    await createAccount(baseURL, email, password, "198.51.100.2");
    const attempt = async (ip: string, candidate: string) =>
      (await new HttpSession(baseURL, ip).signIn(email, candidate)).status;
    for (let i = 0; i < 10; i++) expect(await attempt("203.0.113.20", `wrong-${i}`)).toBe(401);
    // The account has 10 failures now; more from addresses that never failed still reach the hash (and fail)…
    for (let i = 0; i < 3; i++) expect(await attempt(`203.0.113.${30 + i}`, `also-wrong-${i}`)).toBe(401);
    // …the failing address is refused even with the right password…
    expect(await attempt("203.0.113.20", password)).toBe(429);
    // …and the owner, from an address that has not failed, gets in.
    const owner = new HttpSession(baseURL, "198.51.100.99");
    expect((await owner.signIn(email, password)).status).toBe(200);
    expect(owner.sessionToken()).toBeTruthy();
  }, 60_000);

  it("signing out ends that session on the server: a copy of its cookie no longer works", async () => {
    const email = uniqueEmail("signout");
    const session = await createAccount(baseURL, email, "signing-out-password-7", "198.51.100.3");
    const copy = session.clone();
    expect((await copy.fetch("/api/v1/me/export")).status).toBe(200);
    const csrf = ((await (await session.fetch("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const out = await session.fetch("/api/auth/signout", {
      method: "POST",
      body: new URLSearchParams({ csrfToken: csrf, json: "true" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(out.status).toBe(200);
    expect((await copy.fetch("/api/v1/me/export")).status).toBe(401);
  });
});
