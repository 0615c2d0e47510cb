import "server-only";
import crypto from "node:crypto";
import { assertRole, type Actor } from "../auth/current-user";
import { db } from "../db";
import { classNameSchema, parseInput } from "./class-input";

/** 128 random bits: unguessable, so the link alone is the permission to join. */
export function newInviteCode(): string {
  return crypto.randomBytes(16).toString("base64url");
}

/** Instructors and admins; the creator owns the class. */
export async function createClass(
  actor: Actor | null,
  input: { name: string },
): Promise<{ id: string; inviteCode: string }> {
  assertRole(actor, "instructor");
  const name = parseInput(classNameSchema, input.name, "name");
  return db.class.create({
    data: { name, ownerId: actor.id, inviteCode: newInviteCode() },
    select: { id: true, inviteCode: true },
  });
}
