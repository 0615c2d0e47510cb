import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("notFoundBody")}</p>
      <Link
        href="/"
        className="inline-flex min-h-11 items-center rounded-lg bg-sky-700 px-4 font-medium text-white hover:bg-sky-800"
      >
        {t("backHome")}
      </Link>
    </div>
  );
}
