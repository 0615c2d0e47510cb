import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listPublicDecks, getDeckSections } from "@/lib/server/decks/list-decks";
import { QuizSetupForm } from "@/components/quiz/quiz-setup-form";

export default async function QuizSetupPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/quiz");
  const t = await getTranslations("quiz");
  const tSections = await getTranslations("review.sections");
  const decks = await listPublicDecks(actor);
  const slug = (await searchParams).deck ?? decks[0]?.slug;
  const sections = slug ? await getDeckSections(actor, slug) : null;
  if (!slug || !sections) notFound();
  const title = (id: string, fallback: string) =>
    tSections.has(id as "pod-basics") ? tSections(id as "pod-basics") : fallback;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("setupTitle")}</h1>
      <QuizSetupForm deckSlug={slug} sections={sections.map((s) => ({ id: s.id, title: title(s.id, s.title) }))} />
    </div>
  );
}
