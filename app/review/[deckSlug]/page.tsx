import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { getReviewQueue } from "@/lib/server/reviews/get-review-queue";
import { ReviewSession } from "@/components/review/review-session";
import { currentLocale } from "@/i18n/current-locale";

export async function generateMetadata() {
  const t = await getTranslations("review");
  return { title: t("title") };
}

export default async function ReviewPage({ params }: { params: Promise<{ deckSlug: string }> }) {
  const { deckSlug } = await params;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=/review/${encodeURIComponent(deckSlug)}`);
  let initial;
  try {
    initial = await getReviewQueue({ actor, deckSlug, now: new Date(), limit: 2, locale: await currentLocale() });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <>
      <h1 className="sr-only">{initial.deck.title}</h1>
      <ReviewSession deckSlug={deckSlug} initial={initial} userId={actor.id} />
    </>
  );
}
