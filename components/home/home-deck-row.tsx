import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CramLink } from "@/components/cram/cram-link";
import type { DeckSummary } from "@/lib/server/decks/list-decks";
import type { HomeDeck } from "@/lib/server/decks/home-decks";

// Anki's colours for the three counts: new blue, learning red, review green (AA contrast in both themes).
const COUNT_STYLES = {
  new: "text-sky-700 dark:text-sky-300",
  learning: "text-red-700 dark:text-red-300",
  review: "text-green-700 dark:text-green-300",
} as const;

/** One deck of the signed-in home page: its name, today's new/learning/review counts, Study, and the other ways in. */
export async function HomeDeckRow({ deck }: { deck: HomeDeck }) {
  const [t, tClasses, format] = await Promise.all([
    getTranslations("home.signedIn"),
    getTranslations("classes"),
    getFormatter(),
  ]);
  const left = deck.due.new + deck.due.learning + deck.due.review;
  return (
    <li
      className="space-y-3 rounded-xl border border-slate-200 p-4 shadow-sm dark:border-slate-700"
      data-testid="home-deck"
      data-deck={deck.slug}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <div className="min-w-0 space-y-1">
          <p className="font-semibold break-words">{deck.title}</p>
          {deck.classNames.length > 0 && (
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {tClasses("fromClasses", { names: deck.classNames.join(" / ") })}
            </p>
          )}
          <p className="flex flex-wrap gap-x-3 text-sm tabular-nums" data-testid="deck-due">
            <span className="sr-only">
              {t("dueAria", { new: deck.due.new, learning: deck.due.learning, review: deck.due.review })}
            </span>
            {(["new", "learning", "review"] as const).map((kind) => (
              <span key={kind} className="whitespace-nowrap" aria-hidden="true">
                <span className="text-slate-600 dark:text-slate-300">{t(`counts.${kind}`)}</span>{" "}
                <span className={`font-semibold ${COUNT_STYLES[kind]}`} data-count={kind}>
                  {format.number(deck.due[kind])}
                </span>
              </span>
            ))}
          </p>
        </div>
        <Link
          href={`/review/${deck.slug}`}
          aria-label={t("studyAria", { deck: deck.title })}
          className={`inline-flex min-h-12 shrink-0 items-center rounded-lg px-5 font-semibold ${left > 0 ? "bg-sky-700 text-white hover:bg-sky-800" : "border border-sky-700 text-sky-700 hover:bg-sky-50 dark:border-sky-300 dark:text-sky-300 dark:hover:bg-slate-800"}`}
        >
          {t("study")}
        </Link>
      </div>
      <DeckWaysIn deck={deck} />
    </li>
  );
}

/** The other ways into a deck than reviewing it: a quiz, and cramming one section. */
export async function DeckWaysIn({ deck }: { deck: Pick<DeckSummary, "slug" | "title"> }) {
  const tQuiz = await getTranslations("quiz");
  return (
    <div className="flex flex-wrap gap-3">
      <Link
        href={`/quiz?deck=${deck.slug}`}
        className="inline-flex min-h-12 items-center rounded-lg border border-sky-700 px-4 font-semibold text-sky-700 hover:bg-sky-50 dark:text-sky-300"
      >
        {tQuiz("startQuiz")}
      </Link>
      <CramLink deckSlug={deck.slug} deckTitle={deck.title} />
    </div>
  );
}
