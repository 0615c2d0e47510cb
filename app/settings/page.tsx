import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listPublicDecks } from "@/lib/server/decks/list-decks";
import { getStudySettings } from "@/lib/server/users/study-settings";
import { StudySettingsForm } from "@/components/account/study-settings-form";
import { LeechList } from "@/components/account/leech-list";
import { listLeeches } from "@/lib/server/reviews/set-card-flag";

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/settings");
  const t = await getTranslations("settings");
  const decks = await listPublicDecks(actor);
  // Per-deck limits are for one deck at a time; the built-in deck first when none is named.
  const deckSlug = (await searchParams).deck ?? (decks.find((d) => d.slug === "kubernetes-workloads") ?? decks[0])?.slug;
  if (!deckSlug) notFound();
  const [values, leeches] = await Promise.all([getStudySettings(actor, deckSlug), listLeeches(actor)]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {decks.length > 1 && (
        <nav aria-label={t("deckChooser")} className="flex flex-wrap gap-2 text-sm">
          {decks.map((deck) => (
            <Link key={deck.slug} href={`/settings?deck=${deck.slug}`} aria-current={deck.slug === deckSlug ? "page" : undefined} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:border-sky-700 aria-[current=page]:font-semibold dark:border-slate-600">
              {deck.title}
            </Link>
          ))}
        </nav>
      )}
      <StudySettingsForm deckSlug={deckSlug} values={values} />
      <section aria-labelledby="leeches" className="space-y-2 pt-4">
        <h2 id="leeches" className="text-lg font-semibold">{t("leechesTitle")}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("leechesHelp")}</p>
        <LeechList leeches={leeches} />
      </section>
    </div>
  );
}
