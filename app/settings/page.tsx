import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listPublicDecks } from "@/lib/server/decks/list-decks";
import { getStudySettings } from "@/lib/server/users/study-settings";
import { StudySettingsForm } from "@/components/account/study-settings-form";

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/settings");
  const t = await getTranslations("settings");
  const deckSlug = (await searchParams).deck ?? (await listPublicDecks())[0]?.slug;
  if (!deckSlug) notFound();
  const values = await getStudySettings(actor, deckSlug);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <StudySettingsForm deckSlug={deckSlug} values={values} />
    </div>
  );
}
