import "server-only";
// The one shape of a server action (dub's authActionClient, without the dependency): a FormData,
// parsed by the action's zod schema, the caller, ONE lib/server call, and AppError codes mapped to
// results here. revalidatePath()/redirect() run after the try: redirect() throws to do its work.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, type Actor } from "@/lib/server/auth/current-user";
import { AppError, type AppErrorCode } from "@/lib/server/errors";
import { fieldErrorsOf, NOT_A_FORM, type ActionResult } from "./action-result";

/** An AppError's answer: a result, or one read off the error (undefined: as if the code were not listed). */
type ErrorAnswer<R> = R | ((error: AppError) => R | undefined);
/** A path, or a path and what to revalidate under it (revalidatePath's second argument). */
type Revalidation = string | [path: string, type: "layout" | "page"];

export type ActionSpec<S extends z.ZodType, O, R extends { ok: boolean }> = {
  /** Field names, each read as `formData.get(name) ?? ""`; or a reader (getAll, a missing field kept as null). */
  read: readonly string[] | ((formData: FormData) => unknown);
  schema: S;
  /** The answer to input the schema refuses; by default its first issue per field as a message key. */
  invalid?: R | ActionResult | (() => R | ActionResult);
  /** Answered instead of `run` when nobody is signed in; without it lib/server decides. */
  signedOut?: (input: z.output<S>) => R;
  /** The one lib/server call; it checks the caller's permissions itself. */
  run: (actor: Actor | null, input: z.output<S>) => Promise<O>;
  /** AppError codes this action answers its own way, before the sign-in and permission answers. */
  errors?: Partial<Record<AppErrorCode, ErrorAnswer<R | ActionResult>>>;
  /** The result of a successful `run`; `{ ok: true }` by default. */
  done?: (output: O, input: z.output<S>) => R;
  /** When the result is ok: the paths to revalidate, then where to redirect (instead of answering). */
  revalidate?: (output: O, input: z.output<S>) => Revalidation[];
  redirect?: (output: O, input: z.output<S>) => string;
};

const OK: ActionResult = { ok: true };

/** Sign-in and permission failures become a form error; any other error goes on to error.tsx. */
const AUTH_FAILURES: Partial<Record<AppErrorCode, ActionResult>> = {
  UNAUTHENTICATED: { ok: false, formError: "signInRequired" },
  FORBIDDEN: { ok: false, formError: "forbidden" },
  NOT_FOUND: { ok: false, formError: "forbidden" },
};

/** An action for useActionState: `(previous, formData) => result`. */
export function defineAction<S extends z.ZodType, O, R extends { ok: boolean } = ActionResult>(
  spec: ActionSpec<S, O, R>,
) {
  return async (_previous: R | ActionResult | null, formData: FormData): Promise<R | ActionResult> => {
    if (!(formData instanceof FormData)) return NOT_A_FORM;
    const input = spec.schema.safeParse(
      typeof spec.read === "function" ? spec.read(formData) : readFields(formData, spec.read),
    );
    if (!input.success) {
      if (spec.invalid === undefined) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
      return isCall(spec.invalid) ? spec.invalid() : spec.invalid;
    }
    const actor = await getCurrentUser();
    if (!actor && spec.signedOut) return spec.signedOut(input.data);
    let output: O;
    try {
      output = await spec.run(actor, input.data);
    } catch (error) {
      return answerError(error, spec.errors);
    }
    const result = spec.done ? spec.done(output, input.data) : OK;
    if (!result.ok) return result;
    for (const path of spec.revalidate?.(output, input.data) ?? []) {
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(...path);
    }
    if (spec.redirect) redirect(spec.redirect(output, input.data));
    return result;
  };
}

/** The same action for a plain `<form action>`: no page shows its result, so it is dropped. */
export function defineFormAction<S extends z.ZodType, O, R extends { ok: boolean } = ActionResult>(
  spec: ActionSpec<S, O, R>,
) {
  const action = defineAction(spec);
  return async (formData: FormData): Promise<void> => {
    await action(null, formData);
  };
}

// Results are plain objects, so a function in their place is always an answer to call.
function isCall<F extends (...args: never[]) => unknown>(value: F | object | undefined): value is F {
  return typeof value === "function";
}

function readFields(formData: FormData, names: readonly string[]): Record<string, FormDataEntryValue> {
  return Object.fromEntries(names.map((name) => [name, formData.get(name) ?? ""]));
}

function answerError<R extends { ok: boolean }>(
  error: unknown,
  own: ActionSpec<z.ZodType, unknown, R>["errors"],
): R | ActionResult {
  if (!(error instanceof AppError)) throw error;
  const answer = own?.[error.code];
  const result = (isCall(answer) ? answer(error) : answer) ?? AUTH_FAILURES[error.code];
  if (!result) throw error;
  return result;
}
