import "server-only";
// Sign-up as one step: signed-out callers only (no second account by accident), throttled per address.
import type { SignUpInput } from "@/lib/schemas/sign-up";
import type { Actor } from "../auth/current-user";
import { allowSignUp } from "../auth/hash-throttle";
import { AppError } from "../errors";
import { createUser, type CreateUserResult } from "./create-user";

export async function signUp(
  actor: Actor | null,
  input: SignUpInput,
  ip: string,
  now: Date,
): Promise<CreateUserResult> {
  if (actor) throw new AppError("FORBIDDEN", { message: "already signed in" });
  if (!(await allowSignUp(ip, now)))
    throw new AppError("TOO_MANY_REQUESTS", { message: "too many sign-ups from this address" });
  return createUser(input);
}
