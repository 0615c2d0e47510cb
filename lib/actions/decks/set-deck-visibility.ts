"use server";
// Who may study a deck; setDeckVisibility checks the caller (instructor, owner or admin).
import { z } from "zod";
import { deckSlugSchema } from "@/lib/schemas/editable-deck";
import { DECK_VISIBILITIES } from "@/lib/server/decks/can-study-deck";
import { setDeckVisibility } from "@/lib/server/decks/set-deck-visibility";
import { defineAction } from "../define-action";

const deckVisibilitySchema = z.object({ slug: deckSlugSchema, visibility: z.enum(DECK_VISIBILITIES) });

export const setDeckVisibilityAction = defineAction({
  read: (formData) => ({ slug: formData.get("slug"), visibility: formData.get("visibility") }),
  schema: deckVisibilitySchema,
  run: (actor, { slug, visibility }) => setDeckVisibility(actor, slug, visibility),
  revalidate: (_, { slug }) => [`/instructor/decks/${slug}`],
});
