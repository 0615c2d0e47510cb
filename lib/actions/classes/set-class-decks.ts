"use server";
// Managing a class: its owner (an instructor) or an admin; setClassDecks checks it and each deck.
import { z } from "zod";
import { classIdSchema, deckSlugsSchema } from "@/lib/server/classes/class-input";
import { setClassDecks } from "@/lib/server/classes/set-class-decks";
import { REFUSED } from "../action-result";
import { defineAction } from "../define-action";
import { classPage } from "./class-form";

const setClassDecksSchema = z.object({ classId: classIdSchema, deckSlugs: deckSlugsSchema });

export const setClassDecksAction = defineAction({
  read: (formData) => ({ classId: formData.get("classId") ?? "", deckSlugs: formData.getAll("deckSlugs") }),
  schema: setClassDecksSchema,
  invalid: REFUSED,
  run: (actor, { classId, deckSlugs }) => setClassDecks(actor, classId, deckSlugs),
  revalidate: (_, { classId }) => [classPage(classId)],
});
