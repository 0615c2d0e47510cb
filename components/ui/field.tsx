import type { InputHTMLAttributes } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string | null;
  hint?: string;
};

/** A labelled input whose error and hint are announced with it (aria-describedby). */
export function Field({ label, name, error, hint, id: givenId, ...input }: FieldProps) {
  // Repeated fields (one per row) share a name and need their own id.
  const id = givenId ?? name;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="block min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        {...input}
      />
      {hint && (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

export const primaryButton =
  "inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-sky-700 px-4 font-semibold text-white hover:bg-sky-800 disabled:opacity-60 sm:w-auto";
export const secondaryButton =
  "inline-flex min-h-12 items-center justify-center rounded-lg border border-slate-300 px-4 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
export const dangerButton =
  "inline-flex min-h-12 items-center justify-center rounded-lg bg-red-700 px-4 font-semibold text-white hover:bg-red-800 disabled:opacity-60";
