import "server-only";
import type { PasswordProblem } from "@/lib/core/auth/password-rules";
import { normalizeEmail } from "@/lib/core/auth/normalize-email";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../auth/current-user";
import { findPasswordProblem, hashPassword, verifyPassword } from "../auth/passwords";
import { allowPasswordChange } from "../auth/hash-throttle";
import { lockAdminChanges } from "./admin-change-lock";

function requireSelf(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/** Ends every session of the actor, this one included. */
export async function signOutEverywhere({ actor }: { actor: Actor | null }): Promise<void> {
  const self = requireSelf(actor);
  await db.user.update({ where: { id: self.id }, data: { sessionVersion: { increment: 1 } } });
}

export type ChangePasswordResult =
  { ok: true } | { ok: false; fieldErrors: { currentPassword?: "wrong" | "throttled"; newPassword?: PasswordProblem } };

/** Needs the current password; ends every session (a stolen cookie dies with the old password). */
export async function changePassword({
  actor,
  currentPassword,
  newPassword,
}: {
  actor: Actor | null;
  currentPassword: string;
  newPassword: string;
}): Promise<ChangePasswordResult> {
  const self = requireSelf(actor);
  if (!(await allowPasswordChange(self.id, new Date())))
    return { ok: false, fieldErrors: { currentPassword: "throttled" } };
  const row = await db.user.findUniqueOrThrow({ where: { id: self.id }, select: { passwordHash: true } });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword)))
    return { ok: false, fieldErrors: { currentPassword: "wrong" } };
  const problem = findPasswordProblem(newPassword);
  if (problem) return { ok: false, fieldErrors: { newPassword: problem } };
  const passwordHash = await hashPassword(newPassword);
  await db.user.update({ where: { id: self.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  return { ok: true };
}

/** Removes the account and, through the foreign keys, all of the person's progress. */
export async function deleteAccount({
  actor,
  confirmEmail,
}: {
  actor: Actor | null;
  confirmEmail: string;
}): Promise<{ ok: true } | { ok: false; reason?: "lastAdmin" }> {
  const self = requireSelf(actor);
  if (normalizeEmail(confirmEmail) !== self.email) return { ok: false };
  // The last admin may not delete themselves: the condition is in the DELETE, not read before it.
  const [, deleted] = await db.$transaction([
    lockAdminChanges(),
    db.$executeRaw`DELETE FROM "User" WHERE "id" = ${self.id} AND ("role" <> 'admin' OR (SELECT count(*) FROM "User" WHERE "role" = 'admin') > 1)`,
  ]);
  return deleted === 1 ? { ok: true } : { ok: false, reason: "lastAdmin" };
}

/** Everything stored about the actor, for "download my data". */
export async function exportMyData({ actor }: { actor: Actor | null }) {
  const self = requireSelf(actor);
  const user = await db.user.findUniqueOrThrow({
    where: { id: self.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      timeZone: true,
      rolloverHour: true,
      desiredRetention: true,
      fsrsParams: true,
      createdAt: true,
      cardStates: { omit: { id: true, userId: true } },
      reviewLogs: { omit: { userId: true, payloadHash: true } },
      quizAttempts: { include: { answers: true } },
      deckSettings: true,
      fsrsFits: { omit: { userId: true } },
      memberships: { select: { classId: true, joinedAt: true } },
      apiTokens: { select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true } },
    },
  });
  const now = new Date();
  return {
    exportedAt: now.toISOString(),
    user: { ...user, quizAttempts: user.quizAttempts.map((attempt) => withoutOpenKeys(attempt, now)) },
  };
}

type ExportedAttempt = {
  plan: unknown;
  finishedAt: Date | null;
  deadline: Date | null;
  mode: string;
  answers: { verdict: string; score: number; feedback: unknown }[];
};

/**
 * An attempt still open keeps its keys on the server: the plan (question order, option and step
 * permutations) would reveal the answers, and an open exam's verdicts are not told until it ends.
 * The export lists it with its question count and the learner's own responses.
 */
function withoutOpenKeys<T extends ExportedAttempt>(attempt: T, now: Date) {
  const open = attempt.finishedAt === null && (attempt.deadline === null || attempt.deadline > now);
  if (!open) return attempt;
  const questions = (attempt.plan as { questions?: unknown[] } | null)?.questions?.length ?? 0;
  const { plan: _plan, ...rest } = attempt;
  const answers =
    attempt.mode === "exam"
      ? attempt.answers.map(({ verdict: _v, score: _s, feedback: _f, ...own }) => own)
      : attempt.answers;
  return { ...rest, open: true, questionCount: questions, answers };
}
