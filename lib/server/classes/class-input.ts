import "server-only";
// The shapes every class function accepts. Messages are the keys the forms show (see
// lib/actions/action-result.ts#fieldErrorsOf: "invalid-…" keys pass through, anything else is "required").
import { z } from "zod";
import { AppError } from "../errors";

export const classNameSchema = z.string().trim().min(1, "required").max(80, "invalid-too-long");
export const classIdSchema = z.string().min(1).max(64);
export const userIdSchema = z.string().min(1).max(64);
/** 16 random bytes in base64url are exactly 22 characters from this alphabet. */
export const inviteCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, "invalid-invite");
export const deckSlugsSchema = z.array(z.string().min(1).max(64)).max(200);

/** Parses input for a lib/server function; bad input is the caller's mistake, not a server fault. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new AppError("INVALID_INPUT", { message: `${what}: ${result.error.issues[0]?.message ?? "invalid"}` });
  return result.data;
}
