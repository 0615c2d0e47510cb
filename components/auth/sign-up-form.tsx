"use client";
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/lib/actions/account/sign-up";
import type { ActionResult } from "@/lib/actions/action-result";
import { Field, primaryButton } from "@/components/ui/field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

/** Creates the account with a server action, then signs in with the same credentials. */
export function SignUpForm({ callbackUrl = "/" }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  // Kept from the submit event for the sign-in that follows a successful sign-up.
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(signUpAction, null);

  useEffect(() => {
    if (!state?.ok || !credentials.current) return;
    void signIn("credentials", { ...credentials.current, redirect: false }).then(() => {
      router.replace(callbackUrl);
      router.refresh();
    });
  }, [state, router, callbackUrl]);

  const fieldError = (name: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[name] : undefined;
    return code ? t(`errors.${code}` as "errors.required") : null;
  };
  return (
    <form
      action={action}
      onSubmit={submitWithoutReset(action, (form) => {
        credentials.current = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
      })}
      className="space-y-4"
      noValidate
    >
      <Field
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        inputMode="email"
        error={fieldError("email")}
      />
      <Field label={t("name")} name="name" type="text" autoComplete="nickname" maxLength={80} />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        error={fieldError("password")}
      />
      {state && !state.ok && state.formError && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {tErrors(state.formError as "forbidden")}
        </p>
      )}
      <button type="submit" disabled={pending || state?.ok} className={primaryButton}>
        {pending || state?.ok ? t("working") : t("submitSignUp")}
      </button>
    </form>
  );
}
