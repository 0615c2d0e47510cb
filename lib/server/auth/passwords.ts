import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { checkPassword, type PasswordProblem } from "@/lib/core/auth/password-rules";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). Algorithm 2 is Argon2id in @node-rs/argon2's
// const enum, which isolatedModules cannot import.
const ARGON2_ID = 2;
const ARGON2 = { algorithm: ARGON2_ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// zxcvbn-ts's list of ~49,000 passwords seen most often in breaches.
let common: Set<string> | null = null;
function isCommonPassword(candidate: string): boolean {
  common ??= new Set((dictionary as Record<string, string[]>)["passwords-common"]);
  return common.has(candidate);
}

export function findPasswordProblem(password: string): PasswordProblem | null {
  return checkPassword(password, isCommonPassword);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** Counts calls so tests can prove how many sign-in attempts reached the hash. */
export const passwordVerifications = { count: 0 };

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  passwordVerifications.count += 1;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown makes "no such account" cost the same time as
// "wrong password", so response times do not reveal which emails are registered.
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-for-unknown-accounts");
  return decoyHash;
}
