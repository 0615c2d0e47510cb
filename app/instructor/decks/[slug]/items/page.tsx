import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DECK_ITEM_TYPES, type DeckItemType } from "@/lib/core/content/deck-schema";
import { itemToForm, type FormValues } from "@/lib/core/editor/item-form";
import { suggestItemId } from "@/lib/core/editor/suggest-item-id";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { loadEditableDeck } from "@/lib/server/editor/editable-deck";
import { ItemEditor } from "@/components/instructor/item-editor";

export const dynamic = "force-dynamic";

type Search = { key?: string; type?: string; section?: string };

/** ?key=<item id> edits an item of the draft; ?type=<type>&section=<id> starts a new one. */
export default async function ItemEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Search>;
}) {
  const { slug } = await params;
  const search = await searchParams;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=/instructor/decks/${slug}`);
  const deck = await loadEditableDeck(actor, slug).catch((error) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const t = await getTranslations("instructor");
  const existing = search.key ? deck.draft.items.find((item) => item.id === search.key) : undefined;
  if (search.key && !existing) notFound();
  const type = (existing?.type ?? search.type) as DeckItemType;
  if (!DECK_ITEM_TYPES.includes(type)) notFound();
  const section = deck.draft.front.sections.find((s) => s.id === search.section)?.id ?? deck.draft.front.sections[0].id;
  const takenIds = deck.draft.items.map((item) => item.id).filter((id) => id !== existing?.id);
  const initial: FormValues = existing
    ? itemToForm(existing)
    : { id: suggestItemId(type, {}, takenIds), section, ...(type === "truefalse" ? { truth: "true" } : {}) };
  return (
    <div className="space-y-4">
      <Link
        href={`/instructor/decks/${slug}`}
        className="inline-flex min-h-11 items-center text-sm font-medium text-sky-700 underline dark:text-sky-300"
      >
        ← {deck.draft.front.title}
      </Link>
      <h1 className="text-2xl font-bold">
        {existing
          ? t("editor.editTitle", { key: existing.id })
          : t("editor.newTitle", { type: t(`editor.types.${type}`) })}
      </h1>
      <ItemEditor
        slug={slug}
        type={type}
        originalKey={existing?.id ?? null}
        initial={initial}
        sections={deck.draft.front.sections.map(({ id, title }) => ({ id, title }))}
        takenIds={takenIds}
      />
    </div>
  );
}
