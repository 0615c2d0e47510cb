import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { safeCallbackUrl } from "@/lib/core/auth/safe-callback-url";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const t = await getTranslations("auth");
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6 pt-4">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("firstAdmin")}</p>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link
          href={callbackUrl === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-sky-700 underline dark:text-sky-300"
        >
          {t("signInTitle")}
        </Link>
      </p>
    </div>
  );
}
