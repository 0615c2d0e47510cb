import "server-only";
import { getEnv } from "../env";
import { bumpCounter } from "./throttle-counter";

// Sign-up and change-password each cost an argon2 hash (tens of milliseconds of CPU), so they are
// counted like sign-in attempts, in the same SQL counters and window. Sign-up is generous per
// address (a class behind one school NAT signs up together); change-password is per account.
export const SIGNUP_LIMIT_PER_ADDRESS = 100;
export const PASSWORD_CHANGE_LIMIT_PER_ACCOUNT = 10;

const windowMs = () => getEnv().SIGNIN_WINDOW_SECONDS * 1000;

export async function allowSignUp(ip: string, now: Date): Promise<boolean> {
  return (await bumpCounter(`signup:${ip}`, now, windowMs())).count <= SIGNUP_LIMIT_PER_ADDRESS;
}

export async function allowPasswordChange(userId: string, now: Date): Promise<boolean> {
  return (await bumpCounter(`password-change:${userId}`, now, windowMs())).count <= PASSWORD_CHANGE_LIMIT_PER_ACCOUNT;
}
