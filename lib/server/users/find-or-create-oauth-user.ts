import "server-only";
import { normalizeEmail } from "@/lib/core/auth/normalize-email";
import { db } from "../db";

/** GitHub sign-in: the account with the same (normalised) email, or a new learner account. */
export async function findOrCreateOAuthUser(input: { email: string | null; name: string | null }) {
  if (!input.email) return null;
  const email = normalizeEmail(input.email);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, sessionVersion: true, role: true },
    });
    if (existing) return existing;
    const isFirst = (await tx.user.count()) === 0;
    return tx.user.create({
      data: { email, name: input.name, role: isFirst ? "admin" : "learner" },
      select: { id: true, sessionVersion: true, role: true },
    });
  });
}
