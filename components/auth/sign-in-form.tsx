"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Field, primaryButton } from "@/components/ui/field";

/** Posts to next-auth's credentials endpoint; one message for unknown email and wrong password alike. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    const throttledFor = result?.status === 429 ? Number(/Throttled_(\d+)/.exec(result.error ?? "")?.[1] ?? 60) : null;
    setError(
      throttledFor !== null
        ? t("throttled", { minutes: Math.max(1, Math.ceil(throttledFor / 60)) })
        : t("invalidCredentials"),
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label={t("email")} name="email" type="email" autoComplete="email" required inputMode="email" />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <p
        role="alert"
        aria-live="assertive"
        data-testid="sign-in-error"
        className="min-h-6 text-sm font-medium text-red-700 dark:text-red-400"
      >
        {error}
      </p>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("working") : t("submitSignIn")}
      </button>
    </form>
  );
}
