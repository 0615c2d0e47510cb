// Decrypting the session cookie (next-auth's JWE: key derivation + AES-GCM) is the same work on
// every request a learner makes with the same cookie. The decoded claims are kept per token until
// the token expires; nothing else is cached, so the user row, the session version and the
// revocation list are still read on every request (current-user.ts), and signing out, a role or
// password change, or deleting the user still take effect at once.
import crypto from "node:crypto";

export type SessionClaims = { uid?: string; sv?: number; jti?: string; rl?: string; exp?: number };

export type DecodedTokenCache = {
  /** The claims of `token`, decoding it on a miss; null for a token that does not decode. */
  read(token: string, decode: (token: string) => Promise<SessionClaims | null>): Promise<SessionClaims | null>;
  size(): number;
};

/**
 * @param max entries kept (the least recently used go first); keys are SHA-256 digests, not tokens.
 * @param now milliseconds, passed in for tests.
 */
export function createDecodedTokenCache(max = 10_000, now: () => number = Date.now): DecodedTokenCache {
  const entries = new Map<string, SessionClaims>();
  return {
    async read(token, decode) {
      const key = crypto.createHash("sha256").update(token).digest("base64url");
      const cached = entries.get(key);
      if (cached && (cached.exp ?? 0) * 1000 > now()) {
        entries.delete(key); // move to the most recently used end
        entries.set(key, cached);
        return cached;
      }
      entries.delete(key);
      const claims = await decode(token);
      // Only tokens that carry an expiry are kept, and never past it; failures are never kept.
      if (claims && typeof claims.exp === "number" && claims.exp * 1000 > now()) {
        entries.set(key, claims);
        if (entries.size > max) entries.delete(entries.keys().next().value!);
      }
      return claims;
    },
    size: () => entries.size,
  };
}
