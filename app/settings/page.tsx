import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listPublicDecks } from "@/lib/server/decks/list-decks";
import { getStudySettings } from "@/lib/server/users/study-settings";
import { StudySettingsForm } from "@/components/account/study-settings-form";
import { CardBrowser } from "@/components/settings/card-browser";
import { flaggedFilterOf, listFlaggedCards } from "@/lib/server/reviews/flagged-cards";
import { getFsrsFits } from "@/lib/server/fsrs/get-fsrs-fits";
import { getRetentionAdvice } from "@/lib/server/fsrs/get-retention-advice";
import { FsrsPanel } from "@/components/settings/fsrs-panel";
import { AnkiHistoryImport } from "@/components/settings/anki-history-import";

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ deck?: string; filter?: string; q?: string }>;
}) {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/settings");
  const t = await getTranslations("settings");
  const decks = await listPublicDecks(actor);
  // Per-deck limits are for one deck at a time; the built-in deck first when none is named.
  const params = await searchParams;
  const deckSlug = params.deck ?? (decks.find((d) => d.slug === "kubernetes-workloads") ?? decks[0])?.slug;
  if (!deckSlug) notFound();
  const filter = flaggedFilterOf(params.filter);
  const query = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const now = new Date();
  const [values, flagged, fits, advice] = await Promise.all([
    getStudySettings(actor, deckSlug),
    listFlaggedCards(actor, deckSlug, { filter, query }, now),
    getFsrsFits(actor, deckSlug),
    getRetentionAdvice(actor, deckSlug, now),
  ]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {decks.length > 1 && (
        <nav aria-label={t("deckChooser")} className="flex flex-wrap gap-2 text-sm">
          {decks.map((deck) => (
            <Link
              key={deck.slug}
              href={`/settings?deck=${deck.slug}`}
              aria-current={deck.slug === deckSlug ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:border-sky-700 aria-[current=page]:font-semibold dark:border-slate-600"
            >
              {deck.title}
            </Link>
          ))}
        </nav>
      )}
      <StudySettingsForm deckSlug={deckSlug} values={values} />
      <FsrsPanel deckSlug={deckSlug} fits={fits} advice={advice} />
      <AnkiHistoryImport deckSlug={deckSlug} />
      <CardBrowser deckSlug={deckSlug} filter={filter} query={query} result={flagged} />
    </div>
  );
}
