import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DeckDashboard } from "@/lib/server/stats/get-dashboard";

/** Today's cards per deck, counted by the review screen's own queue, each with a link to study. */
export async function DueTodayList({ decks }: { decks: DeckDashboard[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.due"), getFormatter()]);
  const left = (d: DeckDashboard) => d.dueToday.new + d.dueToday.learning + d.dueToday.review;
  const total = decks.reduce((sum, d) => sum + left(d), 0);
  return (
    <section
      aria-labelledby="due-title"
      className="space-y-3 rounded-xl border border-slate-200 p-4 shadow-sm dark:border-slate-700"
    >
      <div className="space-y-1">
        <h2 id="due-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm leading-relaxed text-slate-600 dark:text-slate-300">{t("help")}</p>
        <p className="font-medium">{t("total", { count: total })}</p>
      </div>
      {decks.length === 0 ? (
        <p className="text-sm">{t("noDecks")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700">
          {decks.map((deck) => (
            <li key={deck.slug} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 py-3">
              <span className="min-w-0">
                <span className="block font-medium break-words">{deck.title}</span>
                <span className="block text-sm text-slate-600 tabular-nums dark:text-slate-300">
                  {t("counts", {
                    review: format.number(deck.dueToday.review),
                    learning: format.number(deck.dueToday.learning),
                    new: format.number(deck.dueToday.new),
                  })}
                </span>
              </span>
              {left(deck) > 0 && (
                <Link
                  href={`/review/${deck.slug}`}
                  aria-label={t("studyDeck", { deck: deck.title })}
                  className="inline-flex min-h-11 items-center rounded-lg bg-sky-700 px-4 font-semibold text-white hover:bg-sky-800"
                >
                  {t("study")}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
