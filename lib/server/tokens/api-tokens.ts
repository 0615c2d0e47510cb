import "server-only";
// Instructor API tokens for "deck as code" (POST /api/v1/decks/{slug}/import from CI). A token is 256
// random bits shown once; only its SHA-256 is stored, so a stolen database does not yield usable
// tokens, and a fast hash is enough because the input cannot be guessed.
import crypto from "node:crypto";
import { z } from "zod";
import type { Role } from "@/lib/core/auth/roles";
import { assertRole, hasRole, type Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";

const TOKEN_PREFIX = "kd_";
const MAX_TOKENS_PER_USER = 20;

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const nameSchema = z.string().trim().min(1, "tooShort").max(80, "tooLong");

/** Creates a token for an instructor; the returned `token` is never stored or shown again. */
export async function createApiToken(
  actor: Actor | null,
  input: { name: unknown },
): Promise<{ id: string; token: string; prefix: string; name: string }> {
  assertRole(actor, "instructor");
  const name = nameSchema.safeParse(input.name);
  if (!name.success)
    throw new AppError("INVALID_INPUT", {
      message: "token name must be 1–80 characters",
      details: { field: "name", reason: name.error.issues[0].message },
    });
  const token = TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
  const prefix = token.slice(0, 10);
  const id = crypto.randomUUID();
  // The limit is part of the insert, so two requests at once (in any process) cannot pass it together.
  // The no-op update first locks the owner's row: on PostgreSQL two creations for one owner then
  // take turns, and the second's count sees the first's token (SQLite runs one writer at a time anyway).
  const [, inserted] = await db.$transaction([
    db.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" WHERE "id" = ${actor.id}`,
    db.$executeRaw`
      INSERT INTO "ApiToken" ("id", "userId", "name", "prefix", "tokenHash", "createdAt")
      SELECT ${id}, ${actor.id}, ${name.data}, ${prefix}, ${hashToken(token)}, ${new Date()}
      WHERE (SELECT count(*) FROM "ApiToken" WHERE "userId" = ${actor.id} AND "revokedAt" IS NULL) < ${MAX_TOKENS_PER_USER}`,
  ]);
  if (inserted === 0)
    throw new AppError("CONFLICT", { message: `at most ${MAX_TOKENS_PER_USER} live tokens; revoke one first` });
  return { id, token, prefix, name: name.data };
}

export async function listApiTokens(actor: Actor | null): Promise<ApiTokenSummary[]> {
  assertRole(actor, "instructor");
  return db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes one of the actor's tokens (admins may revoke anyone's); revoking twice is a no-op. */
export async function revokeApiToken(actor: Actor | null, tokenId: string): Promise<void> {
  assertRole(actor, "instructor");
  const token = await db.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true, revokedAt: true } });
  if (!token || (token.userId !== actor.id && !hasRole(actor, "admin")))
    throw new AppError("NOT_FOUND", { message: "token not found" });
  // Only a live token gets a revocation time: a second revoke (here or elsewhere) keeps the first.
  if (token.revokedAt === null)
    await db.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * The user behind `Authorization: Bearer kd_…`, or null when the request carries no bearer token.
 * A token that is unknown, revoked, or whose owner is no longer an instructor is refused with 401
 * (the role is read now, not when the token was made).
 */
export async function actorFromBearer(request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || !match[1].startsWith(TOKEN_PREFIX))
    throw new AppError("UNAUTHENTICATED", { message: "malformed Authorization header; send Bearer kd_…" });
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]) },
    select: { id: true, revokedAt: true, user: { select: { id: true, email: true, role: true, name: true } } },
  });
  if (!row || row.revokedAt !== null) throw new AppError("UNAUTHENTICATED", { message: "unknown or revoked token" });
  const actor: Actor = { id: row.user.id, email: row.user.email, role: row.user.role as Role, name: row.user.name };
  if (!hasRole(actor, "instructor"))
    throw new AppError("UNAUTHENTICATED", { message: "the token's owner is no longer an instructor" });
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return actor;
}

function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
