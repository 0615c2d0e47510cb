import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { getDashboard } from "@/lib/server/stats/get-dashboard";
import { getExamPlans } from "@/lib/server/planning/get-exam-plan";
import { ExamPlanCard } from "@/components/dashboard/exam-plan-card";
import { DueTodayList } from "@/components/dashboard/due-today-list";
import { StudyStats } from "@/components/dashboard/study-stats";
import { ReviewHeatmap } from "@/components/dashboard/review-heatmap";
import { RetentionChart } from "@/components/dashboard/retention-chart";
import { ForecastChart } from "@/components/dashboard/forecast-chart";
import { BELOW_THE_FOLD } from "@/components/dashboard/chart-card";
import { MasteryLegend, SectionMasteryList } from "@/components/dashboard/section-mastery";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("metaTitle") };
}

export default async function DashboardPage() {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/dashboard");
  const now = new Date();
  const [t, dashboard, examPlans] = await Promise.all([
    getTranslations("dashboard"),
    getDashboard(actor, now),
    getExamPlans(actor, now),
  ]);
  return (
    <div className="space-y-6">
      <section className="space-y-2 pt-2">
        <h1 className="text-2xl leading-snug font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-sm leading-relaxed text-slate-600 dark:text-slate-300">
          {t("intro", { hour: dashboard.rolloverHour, timeZone: dashboard.timeZone })}
        </p>
      </section>
      <ExamPlanCard overview={examPlans} />
      <StudyStats dashboard={dashboard} />
      <DueTodayList decks={dashboard.decks} />
      <ReviewHeatmap cells={dashboard.heatmap} today={dashboard.today} />
      <ForecastChart days={dashboard.forecast} />
      <RetentionChart weeks={dashboard.retention} target={dashboard.desiredRetention} />
      <section
        aria-labelledby="mastery-title"
        className={`space-y-4 rounded-xl border border-slate-200 p-4 shadow-sm dark:border-slate-700 ${BELOW_THE_FOLD}`}
      >
        <div className="space-y-2">
          <h2 id="mastery-title" className="text-lg font-semibold">
            {t("mastery.title")}
          </h2>
          <MasteryLegend />
        </div>
        {dashboard.decks.map((deck) => (
          <SectionMasteryList key={deck.slug} deckTitle={deck.title} sections={deck.sections} />
        ))}
      </section>
    </div>
  );
}
