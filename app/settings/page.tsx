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
  const deckSlug = (await searchParams).deck ?? (await listPublicDecks())[0]?.slug;
  if (!deckSlug) notFound();
  const [values, leeches] = await Promise.all([getStudySettings(actor, deckSlug), listLeeches(actor)]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <StudySettingsForm deckSlug={deckSlug} values={values} />
      <section aria-labelledby="leeches" className="space-y-2 pt-4">
        <h2 id="leeches" className="text-lg font-semibold">{t("leechesTitle")}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("leechesHelp")}</p>
        <LeechList leeches={leeches} />
      </section>
    </div>
  );
}
