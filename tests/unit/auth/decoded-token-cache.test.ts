import { describe, expect, it } from "vitest";
import { createDecodedTokenCache, type SessionClaims } from "@/lib/server/auth/decoded-token-cache";

const NOW = 1_800_000_000_000;

function counter(claimsOf: (token: string) => SessionClaims | null) {
  const calls: string[] = [];
  return { calls, decode: async (token: string) => (calls.push(token), claimsOf(token)) };
}

describe("the decoded session-token cache", () => {
  it("decodes a token once and answers later requests with the same claims until it expires", async () => {
    let now = NOW;
    const cache = createDecodedTokenCache(100, () => now);
    const { calls, decode } = counter(() => ({ uid: "u1", sv: 2, jti: "j", exp: NOW / 1000 + 60 }));
    expect(await cache.read("token-a", decode)).toMatchObject({ uid: "u1", sv: 2 });
    expect(await cache.read("token-a", decode)).toMatchObject({ uid: "u1", sv: 2 });
    expect(calls).toEqual(["token-a"]);
    now = NOW + 61_000; // past exp: decoded again (and the real decode would refuse it)
    await cache.read("token-a", decode);
    expect(calls).toEqual(["token-a", "token-a"]);
  });

  it("never keeps a token that does not decode or carries no expiry", async () => {
    const cache = createDecodedTokenCache(100, () => NOW);
    const { calls, decode } = counter((token) => (token === "bad" ? null : { uid: "u1" }));
    expect(await cache.read("bad", decode)).toBeNull();
    expect(await cache.read("bad", decode)).toBeNull();
    await cache.read("no-exp", decode);
    await cache.read("no-exp", decode);
    expect(calls).toEqual(["bad", "bad", "no-exp", "no-exp"]);
    expect(cache.size()).toBe(0);
  });

  it("keeps at most `max` tokens, dropping the least recently used", async () => {
    const cache = createDecodedTokenCache(2, () => NOW);
    const { calls, decode } = counter((token) => ({ uid: token, exp: NOW / 1000 + 60 }));
    await cache.read("a", decode);
    await cache.read("b", decode);
    await cache.read("a", decode); // a is now the most recently used
    await cache.read("c", decode); // drops b
    expect(cache.size()).toBe(2);
    await cache.read("a", decode);
    await cache.read("b", decode);
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });
});
