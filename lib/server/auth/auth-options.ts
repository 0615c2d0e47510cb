import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { getEnv } from "../env";
import { getAuthSecret } from "./auth-secret";
import { signInContext } from "./sign-in-context";
import { verifyCredentials } from "./verify-credentials";
import { findOrCreateOAuthUser } from "../users/find-or-create-oauth-user";
import { safeCallbackUrl } from "@/lib/core/auth/safe-callback-url";
import { revokeSession } from "./revoke-session";

declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
  }
  interface User {
    sessionVersion?: number;
    role?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    /** The role the session was issued with: the sign-in page tells a person whose role an admin changed. */
    rl?: string;
  }
}

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const context = signInContext.getStore();
        const result = await verifyCredentials({
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          ip: context?.ip ?? "unknown",
          now: new Date(),
        });
        if (result.ok)
          return {
            id: result.user.id,
            email: result.user.email,
            sessionVersion: result.user.sessionVersion,
            role: result.user.role,
          };
        if (result.reason === "throttled" && context) context.throttledForSeconds = result.retryAfterSeconds;
        return null;
      },
    }),
  ];
  const env = getEnv();
  if (env.GITHUB_ID && env.GITHUB_SECRET)
    list.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  return list;
}

export const authOptions: NextAuthOptions = {
  secret: getAuthSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: providers(),
  events: {
    // Signing out clears the cookie; remembering the token's id makes a copy of it useless too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token) await revokeSession(token as { jti?: unknown; exp?: unknown }, new Date());
    },
  },
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== "github") return true;
      const linked = await findOrCreateOAuthUser({
        email: user.email ?? profile?.email ?? null,
        name: user.name ?? null,
      });
      if (!linked) return false;
      user.id = linked.id;
      user.sessionVersion = linked.sessionVersion;
      user.role = linked.role;
      return true;
    },
    // The token carries the user id and the session version it was issued for; every request
    // compares that version with the database (current-user.ts), which is how sessions are revoked.
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
        if (user.role) token.rl = user.role;
      }
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, uid: token.uid, sv: token.sv };
    },
    // next-auth's default accepts any URL on baseUrl's origin by string prefix; ours goes through
    // the same resolver as the sign-in page, so "/\t/evil.example"-style tricks end at home.
    redirect({ url, baseUrl }) {
      const relative = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackUrl(relative)}`;
    },
  },
};
