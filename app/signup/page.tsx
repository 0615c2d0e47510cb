import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  if (await getCurrentUser()) redirect("/");
  return (
    <div className="mx-auto max-w-md space-y-6 pt-4">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("firstAdmin")}</p>
      <SignUpForm />
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="font-medium text-sky-700 underline dark:text-sky-300">{t("signInTitle")}</Link>
      </p>
    </div>
  );
}
