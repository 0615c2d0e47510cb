import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { leaveClassAction } from "@/lib/actions/classes/leave-class";
import { getCurrentUser, type Actor } from "@/lib/server/auth/current-user";
import { sessionEndReason } from "@/lib/server/auth/session-end-reason";
import { listPublicDecks, type DeckSummary } from "@/lib/server/decks/list-decks";
import { listHomeDecks, type HomeDeck } from "@/lib/server/decks/home-decks";
import { listJoinedClasses } from "@/lib/server/classes/membership";
import { DeckWaysIn, HomeDeckRow } from "@/components/home/home-deck-row";
import { ActionButton } from "@/components/classes/action-button";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

/** A deck on the signed-out home page: what it holds, and the ways in (each asks to sign in). */
async function DeckEntry({ deck }: { deck: DeckSummary }) {
  const [t, tReview] = await Promise.all([getTranslations("home"), getTranslations("review")]);
  return (
    <li className="rounded-xl border border-slate-200 p-4 shadow-sm dark:border-slate-700">
      <p className="font-semibold">{deck.title}</p>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t("deckStats", { items: deck.items, cards: deck.cards })}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Link
          href={`/review/${deck.slug}`}
          className="inline-flex min-h-12 items-center rounded-lg bg-sky-700 px-4 font-semibold text-white hover:bg-sky-800"
        >
          {tReview("studyDeck")}
        </Link>
        <DeckWaysIn deck={deck} />
      </div>
    </li>
  );
}

export default async function HomePage() {
  const actor = await getCurrentUser();
  if (actor) return <SignedInHome actor={actor} />;
  // Someone whose role an admin just changed lands on the sign-in page that says so, not on the marketing page.
  if ((await sessionEndReason()) === "roleChanged") redirect("/signin");
  return <MarketingHome />;
}

/** Signed in: the learner's decks with today's counts, as Anki opens on its deck list. */
async function SignedInHome({ actor }: { actor: Actor }) {
  const [t, tClasses, decks, joined] = await Promise.all([
    getTranslations("home"),
    getTranslations("classes"),
    listHomeDecks(actor, new Date()),
    listJoinedClasses(actor),
  ]);
  const inClasses = joined.length > 0;
  const left = [...decks.classDecks, ...decks.otherDecks].reduce(
    (sum, d) => sum + d.due.new + d.due.learning + d.due.review,
    0,
  );
  const list = (items: HomeDeck[]) => (
    <ul className="grid gap-3 lg:grid-cols-2">
      {items.map((deck) => (
        <HomeDeckRow key={deck.slug} deck={deck} />
      ))}
    </ul>
  );
  const empty = (text: string) => (
    <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">
      {text}
    </p>
  );
  return (
    <div className="space-y-8">
      <section className="space-y-2 pt-2">
        <h1 className="text-2xl leading-snug font-bold sm:text-3xl">{t("signedIn.heading")}</h1>
        <p className="font-medium" data-testid="home-due-total">
          {t("signedIn.total", { count: left })}
        </p>
      </section>
      {inClasses && (
        <section aria-labelledby="class-decks-heading" className="space-y-3">
          <h2 id="class-decks-heading" className="text-lg font-semibold">
            {tClasses("homeHeading")}
          </h2>
          {decks.classDecks.length === 0 ? empty(tClasses("homeNoDecks")) : list(decks.classDecks)}
          <ClientMessages namespaces={["classes"]}>
            <details className="rounded-lg border border-slate-200 px-4 dark:border-slate-700">
              <summary className="flex min-h-12 cursor-pointer items-center text-sm font-medium">
                {tClasses("yourMemberships", { count: joined.length })}
              </summary>
              <ul className="divide-y divide-slate-200 pb-2 dark:divide-slate-700">
                {joined.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0 text-sm">
                      <span className="block font-medium break-words">{c.name}</span>
                      <span className="block text-slate-600 dark:text-slate-300">
                        {tClasses("instructorLabel", { name: c.ownerName })}
                      </span>
                    </span>
                    <ActionButton
                      action={leaveClassAction}
                      fields={{ classId: c.id }}
                      label={tClasses("leave")}
                      confirmText={tClasses("leaveConfirm", { name: c.name })}
                    />
                  </li>
                ))}
              </ul>
            </details>
          </ClientMessages>
        </section>
      )}
      <section aria-labelledby="decks-heading" className="space-y-3">
        {/* Without classes the list is the page's whole subject: the heading under "Your decks" would only repeat it. */}
        <h2 id="decks-heading" className={inClasses ? "text-lg font-semibold" : "sr-only"}>
          {inClasses ? tClasses("otherDecks") : t("decksHeading")}
        </h2>
        {decks.otherDecks.length === 0
          ? empty(inClasses ? tClasses("noOtherDecks") : t("noDecks"))
          : list(decks.otherDecks)}
      </section>
    </div>
  );
}

/** Signed out: what the app does, and the decks there are to study. */
async function MarketingHome() {
  const [t, decks] = await Promise.all([getTranslations("home"), listPublicDecks(null)]);
  return (
    <div className="space-y-8">
      <section className="space-y-3 pt-2">
        <h1 className="text-2xl leading-snug font-bold sm:text-3xl">{t("heading")}</h1>
        <p className="leading-relaxed text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </section>
      <section aria-labelledby="decks-heading" className="space-y-3">
        <h2 id="decks-heading" className="text-lg font-semibold">
          {t("decksHeading")}
        </h2>
        {decks.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">
            {t("noDecks")}
          </p>
        ) : (
          <ul className="space-y-3">
            {decks.map((deck) => (
              <DeckEntry key={deck.slug} deck={deck} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="features-heading" className="space-y-3">
        <h2 id="features-heading" className="text-lg font-semibold">
          {t("features.title")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          <li>{t("features.review")}</li>
          <li>{t("features.quiz")}</li>
          <li>{t("features.accuracy")}</li>
        </ul>
      </section>
    </div>
  );
}
