import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DECK_ITEM_TYPES, type DeckItemInput } from "@/lib/core/content/deck-schema";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { loadEditableDeck } from "@/lib/server/editor/editable-deck";
import { planPublish } from "@/lib/server/editor/publish-draft";
import { DeckMetaForm } from "@/components/instructor/deck-meta-form";
import { DeckVisibilityForm } from "@/components/instructor/deck-visibility-form";
import { PublishForm } from "@/components/instructor/publish-form";
import { DeleteItemButton } from "@/components/instructor/delete-item-button";

export const dynamic = "force-dynamic";
const link =
  "inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-sky-700 underline dark:text-sky-300";

export default async function DeckEditorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=/instructor/decks/${slug}`);
  const loaded = await Promise.all([loadEditableDeck(actor, slug), planPublish(actor, slug)]).catch((error) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const [deck, publish] = loaded;
  const t = await getTranslations("instructor");
  const status = (key: string) =>
    publish.ok
      ? publish.plan.added.includes(key)
        ? "added"
        : publish.plan.changed.includes(key)
          ? "changed"
          : null
      : null;
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <Link href="/instructor" className={link}>
          ← {t("title")}
        </Link>
        <h1 className="text-2xl font-bold">{deck.draft.front.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {deck.isPublished ? t("publishedVersion", { version: deck.publishedVersion }) : t("neverPublished")} ·{" "}
          <span data-testid="deck-visibility">
            {t(`visibility.current.${deck.visibility === "public" ? "public" : "private"}`)}
          </span>
        </p>
        <div className="flex flex-wrap gap-1">
          <Link href={`/instructor/decks/${slug}/import`} className={link}>
            {t("importLink")}
          </Link>
          <Link href={`/instructor/decks/${slug}/versions`} className={link}>
            {t("versionsLink")}
          </Link>
          <Link href={`/instructor/decks/${slug}/analytics`} className={link}>
            {t("analytics")}
          </Link>
          <a href={`/api/v1/decks/${slug}/export?format=deck&source=draft`} className={link}>
            {t("exportDeck")}
          </a>
          <a href={`/api/v1/decks/${slug}/export?format=csv&source=draft`} className={link}>
            {t("exportCsv")}
          </a>
          <a href={`/api/v1/decks/${slug}/export?format=apkg&source=draft`} className={link}>
            {t("exportApkg")}
          </a>
        </div>
      </div>
      <section aria-labelledby="items-heading" className="space-y-4">
        <h2 id="items-heading" className="text-lg font-semibold">
          {t("items")}
        </h2>
        {deck.draft.front.sections.map((section) => {
          const items = deck.draft.items.filter((item) => item.section === section.id);
          return (
            <div key={section.id} className="space-y-2">
              <h3 className="font-semibold">
                {section.title}{" "}
                <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{section.id}</span>
              </h3>
              {items.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-300">{t("emptySection")}</p>}
              <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
                {items.map((item) => (
                  <li
                    key={item.id}
                    className="flex flex-wrap items-center gap-2 p-3"
                    data-testid={`draft-item-${item.id}`}
                  >
                    <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold dark:bg-slate-800">
                      {t(`editor.types.${item.type}`)}
                    </span>
                    {status(item.id) && (
                      <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                        {t(`status.${status(item.id)}`)}
                      </span>
                    )}
                    <span className="min-w-0 flex-1 truncate text-sm">{summary(item)}</span>
                    <Link
                      href={`/instructor/decks/${slug}/items?key=${encodeURIComponent(item.id)}`}
                      className={link}
                      aria-label={`${t("edit")}: ${item.id}`}
                    >
                      {t("edit")}
                    </Link>
                    <DeleteItemButton slug={slug} itemKey={item.id} />
                  </li>
                ))}
              </ul>
              <details className="text-sm">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-sky-700 dark:text-sky-300">
                  {t("addItem")}
                </summary>
                <div className="flex flex-wrap gap-1">
                  {DECK_ITEM_TYPES.map((type) => (
                    <Link
                      key={type}
                      href={`/instructor/decks/${slug}/items?type=${type}&section=${section.id}`}
                      className={link}
                    >
                      {t(`editor.types.${type}`)}
                    </Link>
                  ))}
                </div>
              </details>
            </div>
          );
        })}
      </section>
      <section aria-labelledby="publish-heading" className="space-y-3">
        <h2 id="publish-heading" className="text-lg font-semibold">
          {t("publish.title")}
        </h2>
        <PublishForm slug={slug} publish={publish} />
      </section>
      <section aria-labelledby="visibility-heading" className="max-w-md space-y-3">
        <h2 id="visibility-heading" className="text-lg font-semibold">
          {t("visibility.title")}
        </h2>
        <DeckVisibilityForm slug={slug} visibility={deck.visibility} />
      </section>
      <section aria-labelledby="meta-heading" className="max-w-md space-y-3">
        <h2 id="meta-heading" className="text-lg font-semibold">
          {t("meta.title")}
        </h2>
        <DeckMetaForm slug={slug} front={deck.draft.front} />
      </section>
    </div>
  );
}

function summary(item: DeckItemInput): string {
  const text =
    item.type === "basic"
      ? item.front
      : item.type === "cloze"
        ? item.text
        : item.type === "truefalse"
          ? item.statement
          : item.prompt;
  return text.replace(/\s+/g, " ").slice(0, 90);
}
