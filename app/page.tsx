import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listPublicDecks } from "@/lib/server/decks/list-decks";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tReview = await getTranslations("review");
  const tQuiz = await getTranslations("quiz");
  const decks = await listPublicDecks();
  return (
    <div className="space-y-8">
      <section className="space-y-3 pt-2">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{t("heading")}</h1>
        <p className="leading-relaxed text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </section>
      <section aria-labelledby="decks-heading" className="space-y-3">
        <h2 id="decks-heading" className="text-lg font-semibold">{t("decksHeading")}</h2>
        {decks.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">{t("noDecks")}</p>
        ) : (
          <ul className="space-y-3">
            {decks.map((deck) => (
              <li key={deck.slug} className="rounded-xl border border-slate-200 p-4 shadow-sm dark:border-slate-700">
                <p className="font-semibold">{deck.title}</p>
                <p className="text-sm text-slate-600 dark:text-slate-300">{t("deckStats", { items: deck.items, cards: deck.cards })}</p>
                <Link href={`/review/${deck.slug}`} className="mt-3 inline-flex min-h-12 items-center rounded-lg bg-sky-700 px-4 font-semibold text-white hover:bg-sky-800">
                  {tReview("studyDeck")}
                </Link>
                <Link href={`/quiz?deck=${deck.slug}`} className="ml-3 mt-3 inline-flex min-h-12 items-center rounded-lg border border-sky-700 px-4 font-semibold text-sky-700 hover:bg-sky-50 dark:text-sky-300">
                  {tQuiz("startQuiz")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="features-heading" className="space-y-3">
        <h2 id="features-heading" className="text-lg font-semibold">{t("features.title")}</h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          <li>{t("features.review")}</li>
          <li>{t("features.quiz")}</li>
          <li>{t("features.accuracy")}</li>
        </ul>
      </section>
    </div>
  );
}
