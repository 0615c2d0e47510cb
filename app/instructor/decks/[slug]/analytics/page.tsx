import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { getDeckAnalytics } from "@/lib/server/analytics/get-deck-analytics";
import { ReviewsPerDayChart } from "./reviews-per-day-chart";
import { ItemAnalyticsTable } from "./item-analytics-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analytics"))("metaTitle") };
}

export default async function DeckAnalyticsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/instructor/decks/${slug}/analytics`)}`);
  let analytics;
  try {
    analytics = await getDeckAnalytics(actor, slug, new Date());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const [t, format] = await Promise.all([getTranslations("analytics"), getFormatter()]);
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const tiles = [
    {
      label: t("learners"),
      value: format.number(analytics.learners.recent),
      help: t("learnersHelp", { total: analytics.learners.total }),
      id: "learners",
    },
    {
      label: t("reviewsRecent"),
      value: format.number(analytics.reviewsRecent),
      help: t("reviewsRecentHelp"),
      id: "reviews",
    },
    {
      label: t("retention"),
      value: analytics.retention === null ? "—" : percent(analytics.retention),
      help: t("retentionHelp", { count: analytics.retentionReviews }),
      id: "retention",
    },
  ];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold break-words">{t("title", { deck: analytics.deck.title })}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("intro")}</p>
      </header>
      <section aria-label={t("summaryLabel")}>
        <dl className="grid grid-cols-1 gap-3 min-[360px]:grid-cols-2 sm:grid-cols-3">
          {tiles.map((tile) => (
            <div
              key={tile.id}
              className="rounded-xl border border-slate-200 p-3 dark:border-slate-700"
              data-testid={`tile-${tile.id}`}
            >
              <dt className="text-sm text-slate-600 dark:text-slate-300">{tile.label}</dt>
              <dd className="text-2xl font-bold tabular-nums">{tile.value}</dd>
              <dd className="text-xs text-slate-600 dark:text-slate-300">{tile.help}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ReviewsPerDayChart days={analytics.reviewsPerDay} />
      <ItemAnalyticsTable items={analytics.items} />
    </div>
  );
}
