import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FLAGGED_FILTERS, type FlaggedCards, type FlaggedFilter } from "@/lib/server/reviews/flagged-cards";
import { FlaggedCardList } from "./flagged-card-list";

/** Where a filter or search of the card browser leads: the settings page of the same deck, at the list. */
function browserHref(deckSlug: string, filter: FlaggedFilter, query: string): string {
  const params = new URLSearchParams({ deck: deckSlug });
  if (filter !== "all") params.set("filter", filter);
  if (query) params.set("q", query);
  return `/settings?${params}#cards`;
}

/**
 * A small card browser in study settings: the learner's suspended, buried and leech cards of one
 * deck, filtered by kind and searched by front text. Plain links and a GET form, so it works
 * before the page's JavaScript has loaded.
 */
export async function CardBrowser({
  deckSlug,
  filter,
  query,
  result,
}: {
  deckSlug: string;
  filter: FlaggedFilter;
  query: string;
  result: FlaggedCards;
}) {
  const t = await getTranslations("cardBrowser");
  return (
    <section id="cards" aria-labelledby="cards-title" className="scroll-mt-20 space-y-3 pt-4">
      <h2 id="cards-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("help")}</p>
      <form action="/settings" method="get" role="search" className="flex gap-2">
        <input type="hidden" name="deck" value={deckSlug} />
        {filter !== "all" && <input type="hidden" name="filter" value={filter} />}
        <label htmlFor="card-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="card-search"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={200}
          placeholder={t("searchLabel")}
          className="min-h-12 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        />
        <button type="submit" className="min-h-12 shrink-0 rounded-lg bg-sky-700 px-4 font-semibold text-white">
          {t("searchButton")}
        </button>
      </form>
      <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2 text-sm">
        {FLAGGED_FILTERS.map((value) => (
          <Link
            key={value}
            href={browserHref(deckSlug, value, query)}
            aria-current={value === filter ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded-full border border-slate-300 px-3 aria-[current=page]:border-sky-700 aria-[current=page]:bg-sky-50 aria-[current=page]:font-semibold dark:border-slate-600 dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:bg-sky-950"
          >
            {t(`filters.${value}`)}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="card-browser-count">
        {result.matched > result.rows.length
          ? t("capped", { shown: result.rows.length, matched: result.matched })
          : t("shown", { count: result.rows.length })}
      </p>
      <FlaggedCardList rows={result.rows} />
    </section>
  );
}
