import "server-only";
// The learner's side of a class: the invite code is the only way in, and a learner only ever sees
// the classes they are in.
import { AppError } from "../errors";
import { isUniqueViolation } from "../db/unique-violation";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { classIdSchema, inviteCodeSchema, parseInput } from "./class-input";

export type Invite = { className: string; ownerName: string; isMember: boolean };

/** What the join page shows for a code; null when no class has it (never was, or was regenerated). Open to anyone holding the link. */
export async function getInvite(actor: Actor | null, code: string): Promise<Invite | null> {
  if (!inviteCodeSchema.safeParse(code).success) return null;
  const found = await db.class.findUnique({
    where: { inviteCode: code },
    select: {
      name: true,
      owner: { select: { name: true, email: true } },
      members: { where: { userId: actor?.id ?? "" }, select: { userId: true } },
    },
  });
  if (!found) return null;
  return {
    className: found.name,
    ownerName: found.owner.name ?? found.owner.email,
    isMember: !!actor && found.members.length > 0,
  };
}

/** Any signed-in user with a current code joins; joining again changes nothing. */
export async function joinClass(actor: Actor | null, code: string): Promise<{ classId: string; className: string }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const valid = inviteCodeSchema.safeParse(code);
  const found = valid.success
    ? await db.class.findUnique({ where: { inviteCode: valid.data }, select: { id: true, name: true } })
    : null;
  if (!found) throw new AppError("NOT_FOUND", { message: "invite not found" });
  try {
    await db.classMember.upsert({
      where: { classId_userId: { classId: found.id, userId: actor.id } },
      create: { classId: found.id, userId: actor.id },
      update: {},
    });
  } catch (error) {
    // A join racing this one (another tab, another process) made the membership first: joined either way.
    if (!isUniqueViolation(error)) throw error;
  }
  return { classId: found.id, className: found.name };
}

/** The caller leaves a class they are in; NOT_FOUND when they are not in it. */
export async function leaveClass(actor: Actor | null, classId: string): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const id = parseInput(classIdSchema, classId, "classId");
  const { count } = await db.classMember.deleteMany({ where: { classId: id, userId: actor.id } });
  if (count === 0) throw new AppError("NOT_FOUND", { message: "not a member of this class" });
}

export type JoinedClass = { id: string; name: string; ownerName: string };

/** The classes the caller is in, oldest membership first. */
export async function listJoinedClasses(actor: Actor | null): Promise<JoinedClass[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const rows = await db.classMember.findMany({
    where: { userId: actor.id },
    orderBy: { joinedAt: "asc" },
    select: { class: { select: { id: true, name: true, owner: { select: { name: true, email: true } } } } },
  });
  return rows.map(({ class: c }) => ({ id: c.id, name: c.name, ownerName: c.owner.name ?? c.owner.email }));
}
