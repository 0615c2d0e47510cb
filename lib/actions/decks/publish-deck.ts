"use server";
// Publishing a deck draft; publishDraft checks the caller (instructor, owner or admin).
import { z } from "zod";
import { deckSlugSchema } from "@/lib/schemas/editable-deck";
import { publishDraft } from "@/lib/server/editor/publish-draft";
import { REFUSED } from "../action-result";
import { defineAction } from "../define-action";

const publishDeckSchema = z.object({ slug: deckSlugSchema, major: z.array(z.string()) });

export const publishDeckAction = defineAction({
  read: (formData) => ({ slug: formData.get("slug"), major: formData.getAll("major").map(String) }),
  schema: publishDeckSchema,
  invalid: REFUSED,
  run: (actor, { slug, major }) => publishDraft(actor, slug, major),
  errors: { UNPROCESSABLE: { ok: false, formError: "draftHasErrors" } },
  done: () => ({ ok: true, message: "published" }),
  revalidate: (_, { slug }) => [`/instructor/decks/${slug}`],
});
