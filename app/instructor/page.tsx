import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser, hasRole } from "@/lib/server/auth/current-user";
import { listEditableDecks } from "@/lib/server/editor/editable-deck";
import { CreateDeckForm } from "@/components/instructor/create-deck-form";

export const dynamic = "force-dynamic";
const link =
  "inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-sky-700 underline dark:text-sky-300";

export default async function InstructorPage() {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/instructor");
  if (!hasRole(actor, "instructor")) redirect("/");
  const [t, format, decks] = await Promise.all([
    getTranslations("instructor"),
    getFormatter(),
    listEditableDecks(actor),
  ]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <nav aria-label={t("title")} className="flex gap-2">
          <Link href="/instructor/classes" className={link}>
            {t("classesLink")}
          </Link>
          <Link href="/instructor/tokens" className={link}>
            {t("tokensLink")}
          </Link>
        </nav>
      </div>
      <section aria-labelledby="my-decks" className="space-y-3">
        <h2 id="my-decks" className="text-lg font-semibold">
          {t("myDecks")}
        </h2>
        {decks.length === 0 && (
          <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">
            {t("noDecks")}
          </p>
        )}
        <ul className="space-y-3">
          {decks.map((deck) => (
            <li key={deck.slug} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
              <p className="font-semibold">
                {deck.title} <span className="font-mono text-sm text-slate-500 dark:text-slate-400">{deck.slug}</span>
              </p>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {deck.isPublished ? t("publishedVersion", { version: deck.publishedVersion }) : t("neverPublished")} ·{" "}
                {t("itemCount", { count: deck.items })}
                {deck.draftUpdatedAt && <> · {t("draftSaved", { when: format.relativeTime(deck.draftUpdatedAt) })}</>}
                {deck.owner && deck.owner !== actor.email && <> · {deck.owner}</>}
              </p>
              <div className="mt-2 flex flex-wrap gap-1">
                <Link href={`/instructor/decks/${deck.slug}`} className={link}>
                  {t("edit")}
                </Link>
                <Link href={`/instructor/decks/${deck.slug}/import`} className={link}>
                  {t("importLink")}
                </Link>
                <Link href={`/instructor/decks/${deck.slug}/versions`} className={link}>
                  {t("versionsLink")}
                </Link>
                <Link href={`/instructor/decks/${deck.slug}/analytics`} className={link}>
                  {t("analytics")}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-deck" className="max-w-md space-y-3">
        <h2 id="new-deck" className="text-lg font-semibold">
          {t("newDeck")}
        </h2>
        <CreateDeckForm />
      </section>
    </div>
  );
}
