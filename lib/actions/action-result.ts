// What a server action answers a form; client components import it for their useActionState types.
export type ActionResult =
  { ok: true; message?: string } | { ok: false; fieldErrors?: Record<string, string>; formError?: string };

/** A request our own pages never send (not a form, a bad id): answered like a refused permission. */
export const REFUSED: ActionResult = { ok: false, formError: "forbidden" };

/**
 * Server actions are public endpoints: anyone can POST any arguments. Our forms always pass a
 * FormData; anything else never came from our pages and is answered as a refused form.
 */
export const NOT_A_FORM: ActionResult = REFUSED;

/** Field errors from a zod failure: the first issue per field, as a message key. */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message.startsWith("invalid-") ? issue.message : "required";
  }
  return errors;
}
