import "server-only";
// Who a request's session cookie names, without Next's request scope: the custom server answers a
// few hot endpoints itself (server.mjs) and reads the cookie header it is given; pages and route
// handlers come through current-user.ts with Next's cookies(). One rule for both.
import { decode } from "next-auth/jwt";
import type { Role } from "@/lib/core/auth/roles";
import { postgresPool, postgresRows } from "../db/postgres-connection";
import { isPostgres } from "../db/is-postgres";
import { sqliteConnection } from "../db/sqlite-connection";
import { getEnv } from "../env";
import { cookiesOf } from "../http/cookie-header";
import { getAuthSecret } from "./auth-secret";
import { createDecodedTokenCache, type SessionClaims } from "./decoded-token-cache";

export type Actor = { id: string; email: string; role: Role; name: string | null };

// next-auth names the cookie with the __Secure- prefix when the site is served over https.
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The session token in a Cookie header, if any. */
export function sessionTokenOf(cookieHeader: string | null | undefined): string | null {
  const found = cookiesOf(cookieHeader);
  return SESSION_COOKIES.map((name) => found.get(name)).find(Boolean) ?? null;
}

const decodedTokens = createDecodedTokenCache();

/** The token's claims, decrypted and checked for expiry (kept per token until it expires). */
export function claimsOf(token: string): Promise<SessionClaims | null> {
  return decodedTokens.read(token, async (raw) => {
    try {
      return (await decode({ token: raw, secret: getAuthSecret() })) as SessionClaims | null;
    } catch {
      return null;
    }
  });
}

type UserRow = {
  id: string;
  email: string;
  role: string;
  name: string | null;
  sessionVersion: number | bigint;
  revoked: number | bigint | boolean;
};

// The same query tells whether this very session was signed out (RevokedSession, by the token's id).
const USER_SQL = `SELECT "id", "email", "role", "name", "sessionVersion",
       EXISTS (SELECT 1 FROM "RevokedSession" WHERE "jti" = ?) AS "revoked"
FROM "User" WHERE "id" = ?`;

/**
 * Every request pays for this read: a statement prepared once per connection, on the review
 * connection or pool (on SQLite a read outside any transaction, so it sees only committed rows).
 */
async function readUser(uid: string, jti: string): Promise<UserRow | undefined> {
  if (isPostgres())
    return (await postgresRows<UserRow>(postgresPool(getEnv().DATABASE_URL), { sql: USER_SQL, params: [jti, uid] }))[0];
  return sqliteConnection(getEnv().databaseFile!).statement(USER_SQL).get(jti, uid) as UserRow | undefined;
}

/**
 * The signed-in user a session token names, or null. A session whose version no longer matches the
 * user's (after sign out everywhere, a password or role change, or deletion) counts as signed out.
 */
export async function actorFromClaims(session: SessionClaims | null): Promise<Actor | null> {
  if (!session?.uid) return null;
  const user = await readUser(session.uid, session.jti ?? "");
  if (!user || Number(user.sessionVersion) !== session.sv || Number(user.revoked) === 1 || user.revoked === true)
    return null;
  return { id: user.id, email: user.email, role: user.role as Role, name: user.name };
}

/** The signed-in user behind a Cookie header, or null. */
export async function actorFromCookieHeader(cookieHeader: string | null | undefined): Promise<Actor | null> {
  const token = sessionTokenOf(cookieHeader);
  return token ? actorFromClaims(await claimsOf(token)) : null;
}
