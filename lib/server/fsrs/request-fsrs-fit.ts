import "server-only";
// "Optimise" in study settings: queues a fit of the learner's own weights, or of a deck's when the
// deck has a retention of its own, and starts the queue in the background; the request returns at
// once. A fit already waiting or running for the same weights is returned instead of a second one.
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import type { FitScope } from "./fit-scope";
import { kickFsrsFits } from "./fsrs-fit-queue";

export type FitTarget = { deckSlug: string; scope: "learner" | "deck" };

/**
 * The scope a learner may fit from a deck's settings (a deck they may study): their own weights, or
 * the deck's, which needs the deck's own retention.
 */
export async function fitScopeFor(actor: Actor | null, target: FitTarget): Promise<FitScope> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: target.deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  if (target.scope === "learner") return { userId: actor.id, deckId: null };
  const own = await db.userDeckSetting.findUnique({
    where: { userId_deckId: { userId: actor.id, deckId: deck.id } },
    select: { desiredRetention: true },
  });
  if (own?.desiredRetention == null)
    throw new AppError("CONFLICT", {
      message: "the deck has no retention of its own; optimise your own weights instead",
    });
  return { userId: actor.id, deckId: deck.id };
}

/** Adds a fit to the queue unless one for the scope is waiting or running; returns its id. */
export async function queueFsrsFit(
  scope: FitScope,
  trigger: "manual" | "auto",
  now: Date,
): Promise<{ fitId: string; queued: boolean }> {
  const open = await db.fsrsFit.findFirst({
    where: { userId: scope.userId, deckId: scope.deckId, status: { in: ["queued", "running"] } },
    select: { id: true },
  });
  if (open) return { fitId: open.id, queued: false };
  const fit = await db.fsrsFit.create({
    data: { userId: scope.userId, deckId: scope.deckId, trigger, status: "queued", requestedAt: now },
    select: { id: true },
  });
  return { fitId: fit.id, queued: true };
}

export async function requestFsrsFit(
  actor: Actor | null,
  target: FitTarget,
  now: Date,
): Promise<{ fitId: string; queued: boolean }> {
  const queued = await queueFsrsFit(await fitScopeFor(actor, target), "manual", now);
  void kickFsrsFits();
  return queued;
}
