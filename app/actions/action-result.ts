import { AppError } from "@/lib/server/errors";

export type ActionResult = { ok: true; message?: string } | { ok: false; fieldErrors?: Record<string, string>; formError?: string };

/** Field errors from a zod failure: the first issue per field, as a message key. */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message.startsWith("invalid-") ? issue.message : "required";
  }
  return errors;
}

/** Sign-in and permission failures become a form error; anything else goes on to error.tsx. */
export function authFailure(error: unknown): ActionResult {
  if (error instanceof AppError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) {
    return { ok: false, formError: error.code === "UNAUTHENTICATED" ? "signInRequired" : "forbidden" };
  }
  throw error;
}

/**
 * Server actions are public endpoints: anyone can POST any arguments. Our forms always pass a
 * FormData; anything else never came from our pages and is answered as a refused form.
 */
export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}
export const NOT_A_FORM: ActionResult = { ok: false, formError: "forbidden" };
