"use server";
// A deck draft's title, description, language and sections; saveDraftMeta checks the caller.
import { deckMetaSchema } from "@/lib/schemas/editable-deck";
import { saveDraftMeta } from "@/lib/server/editor/draft-items";
import { defineAction } from "../define-action";

/** The sections arrive as parallel sectionId/sectionTitle lists; wholly empty rows are dropped. */
function readDeckMeta(formData: FormData) {
  const ids = formData.getAll("sectionId").map(String);
  const titles = formData.getAll("sectionTitle").map(String);
  const sections = ids
    .map((id, i) => ({ id: id.trim(), title: titles[i] ?? "" }))
    .filter((s) => s.id !== "" || s.title.trim() !== "");
  return {
    ...Object.fromEntries(["slug", "title", "description", "language"].map((k) => [k, formData.get(k) ?? ""])),
    sections,
  };
}

export const saveDeckMetaAction = defineAction({
  read: readDeckMeta,
  schema: deckMetaSchema,
  run: (actor, { slug, sections, ...meta }) =>
    saveDraftMeta(actor, slug, { ...meta, sections: sections.map((s) => ({ ...s, notes: s.title })) }, new Date()),
  done: (result) =>
    result.ok
      ? { ok: true }
      : { ok: false, fieldErrors: { sections: "invalid-sections" }, formError: result.errors[0]?.message },
  revalidate: (_, { slug }) => [`/instructor/decks/${slug}`],
});
