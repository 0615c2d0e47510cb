"use server";
// "Optimise" in study settings: queues a fit of the caller's FSRS weights; it runs in the background
// (lib/server/fsrs/fsrs-fit-queue.ts) and the page shows its figures when done.
import { optimiseFsrsSchema } from "@/lib/schemas/optimise-fsrs";
import { requestFsrsFit } from "@/lib/server/fsrs/request-fsrs-fit";
import { defineAction } from "../define-action";

/** `message` is "queued", or "already-queued" when a fit of the same weights was waiting or running. */
export const optimiseFsrsAction = defineAction({
  read: ["deckSlug", "scope"],
  schema: optimiseFsrsSchema,
  run: (actor, input) => requestFsrsFit(actor, input, new Date()),
  errors: { CONFLICT: { ok: false, formError: "deckHasNoOwnRetention" } },
  done: ({ queued }) => ({ ok: true, message: queued ? "queued" : "already-queued" }),
  revalidate: () => ["/settings"],
});
