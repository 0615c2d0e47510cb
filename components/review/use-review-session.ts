"use client";
import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { StoredCard } from "@/lib/client/offline/pack-store";
import { loadDevice } from "@/lib/client/offline/load-device";
import * as api from "@/lib/client/api/review-api";
import type { CardView, RevealedCard, ReviewQueueView } from "@/lib/client/api/review-api";
import { useOfflineSync } from "./use-offline-sync";

export type Stats = { reviewed: number; again: number; startedAt: number };
/** What Z takes back, latest first: a rating, or a bury or suspend (with the card as it was shown). */
type Done = { kind: "review"; reviewId: string; cardId: string; rating: number } | { kind: "flag"; action: "bury" | "suspend"; card: QueueCard };
export type UndoOffer = { action: "bury" | "suspend"; at: number };
type QueueCard = CardView | StoredCard;

const LEARN_AHEAD_MS = 20 * 60_000;

function countsOf(cards: QueueCard[]) {
  return { new: cards.filter((c) => c.state === "new").length, learning: cards.filter((c) => c.state === "learning" || c.state === "relearning").length, review: cards.filter((c) => c.state === "review").length };
}

/**
 * The review session's state machine: the current card, the prefetched next one, reveal, rating
 * (shown next at once, written to the outbox, then sent with a stable reviewId), undo and stale
 * reloads. Without a connection it continues from the offline pack kept on the device.
 */
export function useReviewSession(deckSlug: string, initial: ReviewQueueView, userId: string) {
  const [queue, setQueue] = useState<QueueCard[]>(initial.cards);
  const [counts, setCounts] = useState(initial.counts);
  const [nextDue, setNextDue] = useState(initial.nextDue);
  const [revealed, setRevealed] = useState<RevealedCard | null>(null);
  const [notice, setNotice] = useState<"stale" | "networkError" | "leechNotice" | null>(null);
  const [stats, setStats] = useState<Stats>({ reviewed: 0, again: 0, startedAt: Date.now() });
  const [busy, setBusy] = useState(false);
  const [offlineMode, setOfflineMode] = useState(false);
  const [ready, setReady] = useState(false); // false until the served queue is known to be usable
  const [undoOffer, setUndoOffer] = useState<UndoOffer | null>(null); // the snackbar after a bury or suspend
  const [expired, setExpired] = useState(false); // the server answered 401: sign in again, nothing is lost
  const history = useRef<Done[]>([]);
  const shownAt = useRef(Date.now());
  const inFlight = useRef(false); // a double tap must never rate twice
  // Cards rated in this session and the reps they were rated at. A queue answer the server built
  // before a rating reached it still holds that card as it was; it must not be shown a second time.
  const ratedAt = useRef(new Map<string, number>());
  const sending = useRef(new Set<string>());
  const notRatedYet = useCallback((cards: CardView[]) => cards.filter((c) => c.expectedReps > (ratedAt.current.get(c.cardId) ?? -1)), []);
  const current = queue[0] ?? null;
  const queueRef = useRef(queue);
  queueRef.current = queue;
  const revealedRef = useRef(revealed);
  revealedRef.current = revealed;

  const reload = useCallback(async () => {
    const view = await api.fetchQueue(deckSlug, [...sending.current], 2);
    setQueue(notRatedYet(view.cards));
    setCounts(view.counts);
    setNextDue(view.nextDue);
    setRevealed(null);
    setOfflineMode(false);
    shownAt.current = Date.now();
  }, [deckSlug, notRatedYet]);

  /** Back online: fresh counts and next cards from the server, but the card on screen stays. */
  const reconnect = useCallback(async () => {
    const view = await api.fetchQueue(deckSlug, [...sending.current], 2);
    setQueue((now) => {
      const shown = now[0];
      const fresh = notRatedYet(view.cards);
      return shown ? [shown, ...fresh.filter((c) => c.cardId !== shown.cardId)] : fresh;
    });
    setCounts(view.counts);
    setNextDue(view.nextDue);
    setOfflineMode(false);
  }, [deckSlug, notRatedYet]);

  const device = useOfflineSync(userId, deckSlug, useCallback(() => void reconnect().catch((error: unknown) => error instanceof api.SessionExpiredError && setExpired(true)), [reconnect]));

  /** Continues from the offline pack: due cards not yet rated on this device, in the pack's order. */
  const goOffline = useCallback(async () => {
    const rated = await device.pendingCardIds();
    const horizon = Date.now() + LEARN_AHEAD_MS;
    const cards = (await (await loadDevice()).loadPack(userId, deckSlug)).filter((c) => !rated.has(c.cardId) && Date.parse(c.dueAt) <= horizon);
    // The card on screen stays when the connection drops: its offline copy if the pack has one (it
    // can be revealed without the server), as it is if it was already revealed; otherwise the pack's.
    const shown = queueRef.current[0];
    const offlineCopy = shown && cards.find((c) => c.cardId === shown.cardId);
    const keep = offlineCopy ?? (shown && revealedRef.current?.cardId === shown.cardId ? shown : undefined);
    const next = keep ? [keep, ...cards.filter((c) => c.cardId !== keep.cardId)] : cards;
    setQueue(next);
    setCounts(countsOf(next));
    if (!keep) setRevealed(null);
    setOfflineMode(true);
    if (!keep) shownAt.current = Date.now();
  }, [device, userId, deckSlug]);

  useEffect(() => {
    if (!device.online && !offlineMode) void goOffline().finally(() => setReady(true));
  }, [device.online, offlineMode, goOffline]);

  // A page the service worker served without a connection carries the queue of the last online
  // visit, and those cards may have been rated since. Before anything can be tapped (a layout effect
  // runs before the first paint after hydration) they are put away; the effect above then reads the
  // offline pack (the sync hook reports the browser offline) and then makes the screen ready.
  // Online the served queue is the server's own: the card on screen stays as it is and only
  // data-session-ready changes, in a transition: a state update here would otherwise render the
  // whole screen again synchronously, in the same long task as hydration (issue 16).
  useLayoutEffect(() => {
    if (navigator.onLine) startTransition(() => setReady(true));
    else setQueue([]);
  }, []);

  const refill = useCallback(async (keep: QueueCard[]) => {
    const view = await api.fetchQueue(deckSlug, [...keep.map((c) => c.cardId), ...sending.current], Math.max(1, 3 - keep.length));
    setCounts(view.counts);
    setNextDue(view.nextDue);
    setQueue((now) => {
      const held = new Set(now.map((c) => c.cardId));
      return [...now, ...notRatedYet(view.cards).filter((c) => !held.has(c.cardId))];
    });
  }, [deckSlug, notRatedYet]);

  const reveal = useCallback(async (answer?: string) => {
    if (!current || revealed || busy) return;
    if ("answerHtml" in current) {
      const { cardId, answerHtml, explanationHtml, source, correction } = current;
      setRevealed({ cardId, answerHtml, explanationHtml, source, correction, grade: null });
      return;
    }
    setBusy(true);
    try {
      setRevealed(await api.revealCard(current.cardId, answer));
    } catch (error) {
      if (error instanceof api.SessionExpiredError) setExpired(true);
      else {
        setNotice("networkError");
        if (!navigator.onLine) device.markOffline();
      }
    } finally {
      setBusy(false);
    }
  }, [current, revealed, busy, device]);

  const countDone = (rating: number) => setStats((s) => ({ ...s, reviewed: s.reviewed + 1, again: s.again + (rating === 1 ? 1 : 0) }));

  const rate = useCallback(async (rating: 1 | 2 | 3 | 4, answer?: string) => {
    if (!current || !revealed || inFlight.current) return;
    inFlight.current = true;
    const review = { reviewId: crypto.randomUUID(), cardId: current.cardId, rating, expectedReps: current.expectedReps, reviewedAt: new Date().toISOString(), durationMs: Date.now() - shownAt.current, ...(answer === undefined ? {} : { answer }) };
    const rest = queue.slice(1);
    ratedAt.current.set(review.cardId, Math.max(review.expectedReps, ratedAt.current.get(review.cardId) ?? -1));
    sending.current.add(review.cardId);
    setQueue(rest); // the prefetched card appears at once
    setRevealed(null);
    setNotice(null);
    setUndoOffer(null); // Z now takes back this rating, not the bury or suspend before it
    shownAt.current = Date.now();
    inFlight.current = false;
    // Durable first: whatever happens to the request, the rating survives a reload in the outbox.
    // The card leaves the offline pack either way: its next due date is the server's to compute.
    await device.enqueue(review);
    await (await loadDevice()).removeFromPack(userId, review.cardId, review.expectedReps);
    if (offlineMode) {
      sending.current.delete(review.cardId);
      countDone(rating);
      setCounts(countsOf(rest));
      return;
    }
    try {
      const outcome = await api.submitReview(review).finally(() => sending.current.delete(review.cardId));
      await device.settle(review.reviewId);
      if (outcome.status === "recorded" || outcome.status === "duplicate") {
        history.current.push({ kind: "review", reviewId: review.reviewId, cardId: review.cardId, rating });
        countDone(rating);
        if (outcome.leech) setNotice("leechNotice");
        await refill(rest);
      } else {
        setNotice(outcome.status === "conflict" ? "stale" : "networkError");
        await reload();
      }
    } catch (error) {
      // The rating waits in the outbox: sent after signing in again, or when the connection returns
      // (the session goes on from the offline pack meanwhile).
      sending.current.delete(review.cardId);
      countDone(rating);
      if (error instanceof api.SessionExpiredError) return setExpired(true);
      device.markOffline();
      await goOffline();
    }
  }, [current, revealed, queue, refill, reload, device, offlineMode, userId, goOffline]);

  /** Shows `card` first again, as the server now has it when the queue holds it, else as it was shown. */
  const putBackFirst = useCallback(async (card: QueueCard | string) => {
    const cardId = typeof card === "string" ? card : card.cardId;
    const view = await api.fetchQueue(deckSlug, [...sending.current], 3);
    const cards = notRatedYet(view.cards);
    const back = cards.find((c) => c.cardId === cardId) ?? (typeof card === "string" ? undefined : card);
    setQueue(back ? [back, ...cards.filter((c) => c.cardId !== cardId)] : cards);
    setCounts(view.counts);
    setNextDue(view.nextDue);
    setRevealed(null);
    shownAt.current = Date.now();
  }, [deckSlug, notRatedYet]);

  /** Takes back the latest of this session's ratings, buries and suspends (the Undo button and Z). */
  const undo = useCallback(async () => {
    const last = history.current.at(-1);
    if (!last || busy || offlineMode) return;
    setBusy(true);
    setUndoOffer(null);
    try {
      if (last.kind === "review") {
        if (!(await api.undoReview(last.reviewId))) return;
        history.current.pop();
        setStats((s) => ({ ...s, reviewed: s.reviewed - 1, again: s.again - (last.rating === 1 ? 1 : 0) }));
        ratedAt.current.delete(last.cardId); // back to the state it was rated in: it may be shown again
        await putBackFirst(last.cardId);
      } else {
        // The server changes the card only while it is still buried (today) or suspended; either way it is not any more.
        if (!(await api.flagCard(last.card.cardId, last.action === "bury" ? "unbury" : "unsuspend")).ok) return;
        history.current.pop();
        await putBackFirst(last.card);
      }
    } catch (error) {
      if (error instanceof api.SessionExpiredError) setExpired(true);
      else setNotice("networkError");
    } finally {
      setBusy(false);
    }
  }, [busy, offlineMode, putBackFirst]);

  const flag = useCallback(async (action: "bury" | "suspend") => {
    if (!current || busy || offlineMode) return;
    setBusy(true);
    try {
      if ((await api.flagCard(current.cardId, action)).ok) {
        history.current.push({ kind: "flag", action, card: current });
        setUndoOffer({ action, at: Date.now() });
        await reload();
      }
    } catch (error) {
      if (error instanceof api.SessionExpiredError) setExpired(true);
      else setNotice("networkError");
    } finally {
      setBusy(false);
    }
  }, [current, busy, reload, offlineMode]);

  const dismissUndoOffer = useCallback(() => setUndoOffer(null), []);

  return { ready, expired, current, counts, nextDue, revealed, notice, stats, busy, offlineMode, sync: device, canUndo: history.current.length > 0 && !offlineMode, undoOffer, dismissUndoOffer, reveal, rate, undo, flag };
}
