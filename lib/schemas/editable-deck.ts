import { z } from "zod";
import { DECK_SLUG_PATTERN, SECTION_ID_PATTERN } from "@/lib/core/content/slug-patterns";

/** A deck's slug as the instructor pages send it; "invalid-slug" is the form's message key. */
export const deckSlugSchema = z.string().regex(DECK_SLUG_PATTERN, "invalid-slug");
const deckTitleSchema = z.string().trim().min(1).max(120);
const deckLanguageSchema = z.enum(["ja", "en"]);

export const createDeckSchema = z.object({
  slug: deckSlugSchema,
  title: deckTitleSchema,
  language: deckLanguageSchema,
  sectionTitle: deckTitleSchema,
});
export type CreateDeckInput = z.infer<typeof createDeckSchema>;

const sectionSchema = z.object({
  id: z.string().regex(SECTION_ID_PATTERN, "invalid-section-id"),
  title: deckTitleSchema,
});
export const deckMetaSchema = z.object({
  slug: deckSlugSchema,
  title: deckTitleSchema,
  description: z.string().trim().max(2000),
  language: deckLanguageSchema,
  sections: z.array(sectionSchema).min(1),
});
export type DeckMetaInput = z.infer<typeof deckMetaSchema>;
