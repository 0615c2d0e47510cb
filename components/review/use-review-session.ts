"use client";
import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Delivery } from "@/lib/client/outbox";
import { loadDevice } from "@/lib/client/offline/load-device";
import { readPendingHint } from "@/lib/client/offline/pending-hint";
import * as api from "@/lib/client/api/review-api";
import type { ReviewQueueView } from "@/lib/client/api/review-api";
import { reviewSessionReducer, type ReviewSessionEvent } from "@/lib/client/review-session/review-session-reducer";
import {
  initialReviewSession,
  packReveal,
  type QueueCard,
  type RatedReview,
} from "@/lib/client/review-session/review-session-state";
import { isAccepted } from "@/lib/client/outbox/sort-outcomes";
import { useOfflineSync } from "./use-offline-sync";

export type { Stats, UndoOffer } from "@/lib/client/review-session/review-session-state";

const isExpired = (error: unknown) => error instanceof api.SessionExpiredError;
const noConnection = (error: unknown) => api.isNetworkFailure(error) || !navigator.onLine;

/**
 * The review session's link to the screen and the network; its state machine is the pure
 * reviewSessionReducer. A rating shows the next card at once, goes into the outbox and leaves the
 * browser only through the outbox's sync, whose answer for it comes back here. Without a
 * connection the session continues from the offline pack kept on the device.
 */
export function useReviewSession(deckSlug: string, initial: ReviewQueueView, userId: string) {
  const [state, setState] = useState(() => initialReviewSession(initial, Date.now()));
  // The latest state, read by the handlers between renders (a double tap sees the first tap's rating).
  const latest = useRef(state);
  const dispatch = useCallback((event: ReviewSessionEvent) => {
    const next = reviewSessionReducer(latest.current, event);
    if (next !== latest.current) setState((latest.current = next));
    return next;
  }, []);
  const failed = useCallback((error: unknown) => dispatch({ type: "failed", expired: isExpired(error) }), [dispatch]);
  const queueNow = useCallback(
    (exclude: string[] = [], limit = 2) => api.fetchQueue(deckSlug, [...exclude, ...latest.current.sending], limit),
    [deckSlug],
  );

  const reload = useCallback(
    async () => dispatch({ type: "reloaded", view: await queueNow(), now: Date.now() }),
    [dispatch, queueNow],
  );
  const reconnect = useCallback(
    async () => dispatch({ type: "reconnected", view: await queueNow() }),
    [dispatch, queueNow],
  );
  const device = useOfflineSync(
    userId,
    deckSlug,
    useCallback(
      () => void reconnect().catch((error: unknown) => isExpired(error) && failed(error)),
      [reconnect, failed],
    ),
  );

  const goOffline = useCallback(async () => {
    const pendingCardIds = [...(await device.pendingCardIds())];
    const pack = await (await loadDevice()).loadPack(userId, deckSlug);
    dispatch({ type: "wentOffline", pack, pendingCardIds, now: Date.now() });
  }, [device, userId, deckSlug, dispatch]);

  useEffect(() => {
    if (!device.online && !state.offlineMode) void goOffline().finally(() => dispatch({ type: "ready" }));
  }, [device.online, state.offlineMode, goOffline, dispatch]);

  // A page the service worker served without a connection carries the queue of the last online
  // visit, and those cards may have been rated since. Before anything can be tapped (a layout effect
  // runs before the first paint after hydration) they are put away; the effect above then reads the
  // offline pack (the sync hook reports the browser offline) and then makes the screen ready.
  // Online the served queue is the server's own: the card on screen stays as it is and only
  // data-session-ready changes, in a transition: a state update here would otherwise render the
  // whole screen again synchronously, in the same long task as hydration (issue 16).
  // Either way, cards whose ratings still wait in this device's outbox are put away first: the page
  // may have been built before those ratings reached the server (navigator.onLine is only a hint).
  useLayoutEffect(() => {
    dispatch({ type: "ratedOnDevice", ratedAt: readPendingHint(userId) });
    if (navigator.onLine) startTransition(() => void dispatch({ type: "ready" }));
    else dispatch({ type: "servedOffline" });
  }, [dispatch, userId]);

  const refill = useCallback(async () => {
    const keep = latest.current.queue;
    dispatch({
      type: "refilled",
      view: await queueNow(
        keep.map((c) => c.cardId),
        Math.max(1, 3 - keep.length),
      ),
    });
  }, [dispatch, queueNow]);

  const reveal = useCallback(
    async (answer?: string) => {
      const {
        queue: [current],
        revealed,
        busy,
      } = latest.current;
      if (!current || revealed || busy) return;
      const fromPack = packReveal(current);
      if (fromPack) return void dispatch({ type: "revealed", revealed: fromPack });
      dispatch({ type: "requestStarted" });
      try {
        dispatch({ type: "revealed", revealed: await api.revealCard(current.cardId, answer) });
      } catch (error) {
        if (isExpired(error) || !noConnection(error)) return void failed(error);
        // No connection, whatever navigator.onLine says: go on from the offline pack (the status line
        // says so), showing the answer the learner asked for when the pack has this card; otherwise
        // the pack's next card is on screen, still to be revealed.
        device.markOffline();
        await goOffline();
        const kept = latest.current.queue[0];
        const fromDevice = kept?.cardId === current.cardId ? packReveal(kept) : null;
        if (fromDevice) dispatch({ type: "revealed", revealed: fromDevice });
      } finally {
        dispatch({ type: "requestEnded" });
      }
    },
    [dispatch, failed, device, goOffline],
  );

  /** What the session does once the outbox's sync answered for a rating, or could not send it. */
  const afterDelivery = useCallback(
    async (review: RatedReview, delivery: Delivery) => {
      if ("held" in delivery) {
        // The rating waits in the outbox: sent after signing in again, or when the connection returns
        // (the session goes on from the offline pack meanwhile).
        dispatch({ type: "ratingUnsent", review, expired: delivery.held === "signed-out" });
        if (delivery.held === "signed-out") return;
        device.markOffline();
        return goOffline();
      }
      dispatch({ type: "ratingAnswered", review, outcome: delivery.outcome });
      try {
        await (isAccepted(delivery.outcome.status) ? refill() : reload());
      } catch (error) {
        if (isExpired(error)) return void failed(error);
        device.markOffline();
        await goOffline();
      }
    },
    [dispatch, device, goOffline, refill, reload, failed],
  );

  const rate = useCallback(
    async (rating: 1 | 2 | 3 | 4, answer?: string) => {
      const before = latest.current;
      const current = before.queue[0];
      if (!current) return;
      const now = Date.now();
      const review = {
        reviewId: crypto.randomUUID(),
        cardId: current.cardId,
        rating,
        expectedReps: current.expectedReps,
        reviewedAt: new Date(now).toISOString(),
        durationMs: now - before.shownAt,
        ...(answer === undefined ? {} : { answer }),
      };
      if (dispatch({ type: "rated", review, now }) === before) return; // not revealed, or already rated (a double tap)
      // Durable first: whatever happens next, the rating survives a reload in the outbox.
      // The card leaves the offline pack either way: its next due date is the server's to compute.
      await device.enqueue(review);
      await (await loadDevice()).removeFromPack(userId, review.cardId, review.expectedReps);
      if (before.offlineMode) return void dispatch({ type: "ratingHeld", review });
      await afterDelivery(review, await device.deliver(review.reviewId));
    },
    [dispatch, device, userId, afterDelivery],
  );

  /** Shows `card` first again, as the server now has it when the queue holds it, else as it was shown. */
  const putBackFirst = useCallback(
    async (cardId: string, asShown?: QueueCard) => {
      dispatch({ type: "putBack", cardId, asShown, view: await queueNow([], 3), now: Date.now() });
    },
    [dispatch, queueNow],
  );

  /** Takes back the latest of this session's ratings, buries and suspends (the Undo button and Z). */
  const undo = useCallback(async () => {
    const { history, busy, offlineMode } = latest.current;
    const last = history.at(-1);
    if (!last || busy || offlineMode) return;
    dispatch({ type: "undoStarted" });
    try {
      if (last.kind === "review") {
        if (!(await api.undoReview(last.reviewId))) return;
        dispatch({ type: "ratingUndone", cardId: last.cardId, rating: last.rating });
        await putBackFirst(last.cardId);
      } else {
        // The server changes the card only while it is still buried (today) or suspended; either way it is not any more.
        if (!(await api.flagCard(last.card.cardId, last.action === "bury" ? "unbury" : "unsuspend")).ok) return;
        dispatch({ type: "flagUndone" });
        await putBackFirst(last.card.cardId, last.card);
      }
    } catch (error) {
      failed(error);
    } finally {
      dispatch({ type: "requestEnded" });
    }
  }, [dispatch, failed, putBackFirst]);

  const flag = useCallback(
    async (action: "bury" | "suspend") => {
      const {
        queue: [current],
        busy,
        offlineMode,
      } = latest.current;
      if (!current || busy || offlineMode) return;
      dispatch({ type: "requestStarted" });
      try {
        if ((await api.flagCard(current.cardId, action)).ok) {
          dispatch({ type: "flagged", action, card: current, now: Date.now() });
          await reload();
        }
      } catch (error) {
        failed(error);
      } finally {
        dispatch({ type: "requestEnded" });
      }
    },
    [dispatch, failed, reload],
  );

  const dismissUndoOffer = useCallback(() => void dispatch({ type: "undoOfferDismissed" }), [dispatch]);

  const { ready, expired, queue, counts, nextDue, revealed, notice, stats, busy, offlineMode, history, undoOffer } =
    state;
  return {
    ready,
    expired,
    current: queue[0] ?? null,
    counts,
    nextDue,
    revealed,
    notice,
    stats,
    busy,
    offlineMode,
    sync: device,
    canUndo: history.length > 0 && !offlineMode,
    undoOffer,
    dismissUndoOffer,
    reveal,
    rate,
    undo,
    flag,
  };
}
