"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="min-h-11 rounded-lg bg-sky-700 px-4 font-medium text-white hover:bg-sky-800"
      >
        {t("retry")}
      </button>
    </div>
  );
}
