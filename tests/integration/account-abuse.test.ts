// Issue 14 account abuse, against a real SQLite file: the last admin is kept by the SQL statements
// themselves (also when two admins demote each other at once), a demotion revokes API tokens for
// good, and a signed-out session token is remembered as revoked.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { changeUserRole } from "@/lib/server/users/manage-users";
import { deleteAccount } from "@/lib/server/users/account";
import { createApiToken, actorFromBearer } from "@/lib/server/tokens/api-tokens";
import { revokeSession } from "@/lib/server/auth/revoke-session";
import { AppError } from "@/lib/server/errors";
import type { Actor, Role } from "@/lib/server/auth/current-user";

async function person(role: Role): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${role}-${crypto.randomUUID()}@example.test`, role } });
  return { id: user.id, email: user.email, role, name: null };
}
const admins = () => db.user.count({ where: { role: "admin" } });

describe("the last admin", () => {
  it("cannot demote themselves or delete their own account while they are the only admin", async () => {
    await db.user.deleteMany({ where: { role: "admin" } });
    const only = await person("admin");
    const error = await changeUserRole({ actor: only, userId: only.id, role: "learner" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect(await deleteAccount({ actor: only, confirmEmail: only.email })).toEqual({ ok: false, reason: "lastAdmin" });
    expect(await admins()).toBe(1);
  });

  it("two admins demoting each other at the same moment leave exactly one admin", async () => {
    await db.user.deleteMany({ where: { role: "admin" } });
    const [a, b] = [await person("admin"), await person("admin")];
    const results = await Promise.allSettled([
      changeUserRole({ actor: a, userId: b.id, role: "learner" }),
      changeUserRole({ actor: b, userId: a.id, role: "learner" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await admins()).toBe(1);
  });

  it("an admin with a second admin may step down", async () => {
    await db.user.deleteMany({ where: { role: "admin" } });
    const [a] = [await person("admin"), await person("admin")];
    await changeUserRole({ actor: a, userId: a.id, role: "learner" });
    expect(await admins()).toBe(1);
  });
});

describe("API tokens across role changes", () => {
  it("a demotion revokes the instructor's tokens, and promoting them again does not bring the tokens back", async () => {
    const admin = await person("admin");
    const instructor = await person("instructor");
    const { token } = await createApiToken(instructor, { name: "ci" });
    const request = () =>
      new Request("http://localhost/api/v1/decks/x/import", { headers: { authorization: `Bearer ${token}` } });
    expect((await actorFromBearer(request()))?.id).toBe(instructor.id);
    await changeUserRole({ actor: admin, userId: instructor.id, role: "learner" });
    await changeUserRole({ actor: admin, userId: instructor.id, role: "instructor" });
    const error = await actorFromBearer(request()).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("UNAUTHENTICATED");
    expect(await db.apiToken.count({ where: { userId: instructor.id, revokedAt: null } })).toBe(0);
  });
});

describe("signed-out sessions", () => {
  it("remembers a signed-out token id once, until it would have expired", async () => {
    const now = new Date();
    const jti = crypto.randomUUID();
    await revokeSession({ jti, exp: Math.floor(now.getTime() / 1000) + 3600 }, now);
    await revokeSession({ jti, exp: Math.floor(now.getTime() / 1000) + 3600 }, now);
    expect(await db.revokedSession.count({ where: { jti } })).toBe(1);
    await revokeSession({ jti: crypto.randomUUID(), exp: 1 }, new Date(now.getTime() + 7200_000));
    expect(await db.revokedSession.count({ where: { jti } })).toBe(0); // pruned once expired
  });
});
