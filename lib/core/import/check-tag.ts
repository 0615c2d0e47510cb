import { deckItemSchema } from "../content/deck-schema";

// The deck format's own tag rule, so that an import and a deck file can never disagree on it.
const TAG_SCHEMA = deckItemSchema.options[0].shape.tags.unwrap().element;

/** Null for a valid tag, else why it is not one ("must be 1–40 letters, …"). */
export function checkTag(tag: string): string | null {
  const result = TAG_SCHEMA.safeParse(tag);
  return result.success ? null : (result.error.issues[0]?.message ?? "is not a valid tag");
}
