"use server";
// The card browser of study settings: unsuspend or unbury one of the caller's own cards.
// setCardFlag checks the caller and that they may study the card's deck.
import { z } from "zod";
import { setCardFlag } from "@/lib/server/reviews/set-card-flag";
import { defineAction } from "../define-action";

const restoreCardSchema = z.object({ cardId: z.string().min(1).max(300), action: z.enum(["unsuspend", "unbury"]) });

/** `message` is "restored", or "unchanged" when the card was no longer suspended or buried. */
export const restoreCardAction = defineAction({
  read: ["cardId", "action"],
  schema: restoreCardSchema,
  run: (actor, input) => setCardFlag(actor, input.cardId, input.action, new Date()),
  done: ({ changed }) => ({ ok: true, message: changed ? "restored" : "unchanged" }),
  revalidate: () => ["/settings"],
});
