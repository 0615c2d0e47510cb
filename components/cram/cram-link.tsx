import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** "Cram a section" for a deck card on the home page; the section is chosen on /cram/[deckSlug]. */
export async function CramLink({ deckSlug, deckTitle }: { deckSlug: string; deckTitle?: string }) {
  const t = await getTranslations("cram");
  return (
    <Link
      href={`/cram/${encodeURIComponent(deckSlug)}`}
      aria-label={deckTitle ? t("linkAria", { deck: deckTitle }) : undefined}
      className="inline-flex min-h-12 items-center rounded-lg border border-slate-400 px-4 font-semibold text-slate-800 hover:bg-slate-50 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      {t("link")}
    </Link>
  );
}
