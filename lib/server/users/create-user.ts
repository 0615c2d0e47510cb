import "server-only";
import type { PasswordProblem } from "@/lib/core/auth/password-rules";
import type { SignUpInput } from "@/lib/schemas/sign-up";
import { db } from "../db";
import { findPasswordProblem, hashPassword } from "../auth/passwords";

export type CreateUserResult =
  | { ok: true; user: { id: string; email: string; role: string } }
  | { ok: false; fieldErrors: { email?: "taken"; password?: PasswordProblem } };

/**
 * Sign-up. Open to anyone; the first account of a fresh instance becomes its admin (decided inside
 * the queued transaction, so two simultaneous first sign-ups cannot both become admin).
 */
export async function createUser(input: SignUpInput): Promise<CreateUserResult> {
  const problem = findPasswordProblem(input.password);
  if (problem) return { ok: false, fieldErrors: { password: problem } };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      return { ok: false as const, fieldErrors: { email: "taken" as const } };
    }
    const isFirst = (await tx.user.count()) === 0;
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: isFirst ? "admin" : "learner" },
      select: { id: true, email: true, role: true },
    });
    return { ok: true as const, user };
  });
}
