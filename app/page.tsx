import Link from "next/link";
import { CramLink } from "@/components/cram/cram-link";
import { getTranslations } from "next-intl/server";
import { leaveClassAction } from "@/app/actions/classes";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listPublicDecks, type DeckSummary } from "@/lib/server/decks/list-decks";
import { listClassDecksFor, type ClassDeckSummary } from "@/lib/server/classes/list-class-decks-for";
import { listJoinedClasses, type JoinedClass } from "@/lib/server/classes/membership";
import { ActionButton } from "@/components/classes/action-button";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

/** A signed-in learner's classes come first: their decks are where the instructor wants them to start. */
async function loadClasses(): Promise<{ joined: JoinedClass[]; decks: ClassDeckSummary[] }> {
  const actor = await getCurrentUser();
  if (!actor) return { joined: [], decks: [] };
  const [joined, decks] = await Promise.all([listJoinedClasses(actor), listClassDecksFor(actor)]);
  return { joined, decks };
}

async function DeckEntry({ deck, classNames }: { deck: DeckSummary; classNames?: string[] }) {
  const [t, tReview, tQuiz, tClasses] = await Promise.all([getTranslations("home"), getTranslations("review"), getTranslations("quiz"), getTranslations("classes")]);
  return (
    <li className="rounded-xl border border-slate-200 p-4 shadow-sm dark:border-slate-700">
      <p className="font-semibold">{deck.title}</p>
      {classNames && <p className="text-sm text-slate-600 dark:text-slate-300">{tClasses("fromClasses", { names: classNames.join(" / ") })}</p>}
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("deckStats", { items: deck.items, cards: deck.cards })}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Link href={`/review/${deck.slug}`} className="inline-flex min-h-12 items-center rounded-lg bg-sky-700 px-4 font-semibold text-white hover:bg-sky-800">
          {tReview("studyDeck")}
        </Link>
        <Link href={`/quiz?deck=${deck.slug}`} className="inline-flex min-h-12 items-center rounded-lg border border-sky-700 px-4 font-semibold text-sky-700 hover:bg-sky-50 dark:text-sky-300">
          {tQuiz("startQuiz")}
        </Link>
        <CramLink deckSlug={deck.slug} deckTitle={deck.title} />
      </div>
    </li>
  );
}

export default async function HomePage() {
  const [t, tClasses, publicDecks, classes] = await Promise.all([getTranslations("home"), getTranslations("classes"), listPublicDecks(await getCurrentUser()), loadClasses()]);
  const classSlugs = new Set(classes.decks.map((d) => d.slug));
  const decks = publicDecks.filter((d) => !classSlugs.has(d.slug));
  const inClasses = classes.joined.length > 0;
  return (
    <div className="space-y-8">
      <section className="space-y-3 pt-2">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{t("heading")}</h1>
        <p className="leading-relaxed text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </section>
      {inClasses && (
        <section aria-labelledby="class-decks-heading" className="space-y-3">
          <h2 id="class-decks-heading" className="text-lg font-semibold">{tClasses("homeHeading")}</h2>
          {classes.decks.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">{tClasses("homeNoDecks")}</p>
          ) : (
            <ul className="space-y-3">
              {classes.decks.map((deck) => <DeckEntry key={deck.slug} deck={deck} classNames={deck.classNames} />)}
            </ul>
          )}
          <ClientMessages namespaces={["classes"]}>
            <details className="rounded-lg border border-slate-200 px-4 dark:border-slate-700">
              <summary className="flex min-h-12 cursor-pointer items-center text-sm font-medium">{tClasses("yourMemberships", { count: classes.joined.length })}</summary>
              <ul className="divide-y divide-slate-200 pb-2 dark:divide-slate-700">
                {classes.joined.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0 text-sm">
                      <span className="block break-words font-medium">{c.name}</span>
                      <span className="block text-slate-600 dark:text-slate-300">{tClasses("instructorLabel", { name: c.ownerName })}</span>
                    </span>
                    <ActionButton action={leaveClassAction} fields={{ classId: c.id }} label={tClasses("leave")} confirmText={tClasses("leaveConfirm", { name: c.name })} />
                  </li>
                ))}
              </ul>
            </details>
          </ClientMessages>
        </section>
      )}
      <section aria-labelledby="decks-heading" className="space-y-3">
        <h2 id="decks-heading" className="text-lg font-semibold">{inClasses ? tClasses("otherDecks") : t("decksHeading")}</h2>
        {decks.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">{inClasses ? tClasses("noOtherDecks") : t("noDecks")}</p>
        ) : (
          <ul className="space-y-3">
            {decks.map((deck) => <DeckEntry key={deck.slug} deck={deck} />)}
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
