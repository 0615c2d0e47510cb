import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { getCramCards } from "@/lib/server/cram/get-cram-cards";
import { listCramSections } from "@/lib/server/cram/list-cram-sections";
import { CramSession } from "@/components/cram/cram-session";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("cram"))("title") };
}

/** NOT_FOUND (no such deck, a draft that is not the learner's, an empty section) becomes the 404 page. */
async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

type Props = { params: Promise<{ deckSlug: string }>; searchParams: Promise<{ section?: string }> };

export default async function CramDeckPage({ params, searchParams }: Props) {
  const [{ deckSlug }, { section }] = await Promise.all([params, searchParams]);
  const actor = await getCurrentUser();
  const here = `/cram/${encodeURIComponent(deckSlug)}${section ? `?section=${encodeURIComponent(section)}` : ""}`;
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(here)}`);
  const [t, tReview] = await Promise.all([getTranslations("cram"), getTranslations("review")]);
  // Built-in sections have a title in both languages; other decks keep the title their author wrote.
  const titleOf = (id: string, fallback: string) =>
    tReview.has(`sections.${id}`) ? tReview(`sections.${id}`) : fallback;

  if (section) {
    const view = await orNotFound(getCramCards(actor, deckSlug, section));
    const titled = { ...view, section: { ...view.section, title: titleOf(view.section.id, view.section.title) } };
    return (
      <>
        <h1 className="sr-only">{t("deckHeading", { deck: view.deck.title })}</h1>
        <CramSession view={titled} userId={actor.id} />
      </>
    );
  }

  const { deck, sections } = await orNotFound(listCramSections(actor, deckSlug));
  const withCards = sections.filter((s) => s.cards > 0);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl leading-snug font-bold">{t("deckHeading", { deck: deck.title })}</h1>
      <p className="leading-relaxed text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <p className="rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-800">{t("noSchedule")}</p>
      {withCards.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm dark:border-slate-600">
          {t("noSections")}
        </p>
      ) : (
        <ul
          aria-label={t("sectionsLabel")}
          className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700"
        >
          {withCards.map((s) => (
            <li key={s.id}>
              <Link
                href={`/cram/${encodeURIComponent(deck.slug)}?section=${encodeURIComponent(s.id)}`}
                className="flex min-h-14 items-center justify-between gap-3 px-4 py-2 hover:bg-slate-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
              >
                <span className="min-w-0 font-medium break-words">{titleOf(s.id, s.title)}</span>
                <span className="shrink-0 text-sm text-slate-600 tabular-nums dark:text-slate-300">
                  {t("sectionCards", { count: s.cards })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
