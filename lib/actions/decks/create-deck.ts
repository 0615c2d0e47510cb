"use server";
// Instructor deck actions: lib/server/editor checks the caller (instructor, owner or admin) on every call.
import { createDeckSchema } from "@/lib/schemas/editable-deck";
import { createDeck } from "@/lib/server/editor/editable-deck";
import { defineAction } from "../define-action";

export const createDeckAction = defineAction({
  read: ["slug", "title", "language", "sectionTitle"],
  schema: createDeckSchema,
  run: (actor, input) => createDeck(actor, input),
  errors: { CONFLICT: { ok: false, fieldErrors: { slug: "invalid-taken" } } },
  redirect: (_, { slug }) => `/instructor/decks/${slug}`,
});
