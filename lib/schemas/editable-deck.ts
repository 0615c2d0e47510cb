import { z } from "zod";

/** A deck's slug as the instructor pages send it; "invalid-slug" is the form's message key. */
export const deckSlugSchema = z.string().regex(/^[a-z0-9-]{3,64}$/, "invalid-slug");
const deckTitleSchema = z.string().trim().min(1).max(120);
const deckLanguageSchema = z.enum(["ja", "en"]);

export const createDeckSchema = z.object({ slug: deckSlugSchema, title: deckTitleSchema, language: deckLanguageSchema, sectionTitle: deckTitleSchema });
export type CreateDeckInput = z.infer<typeof createDeckSchema>;

const sectionSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/, "invalid-section-id"), title: deckTitleSchema });
export const deckMetaSchema = z.object({ slug: deckSlugSchema, title: deckTitleSchema, description: z.string().trim().max(2000), language: deckLanguageSchema, sections: z.array(sectionSchema).min(1) });
export type DeckMetaInput = z.infer<typeof deckMetaSchema>;
