"use client";
import { useCallback, useRef, useState } from "react";
import * as api from "./review-api";
import type { CardView, RevealedCard, ReviewQueueView } from "./review-api";

export type Stats = { reviewed: number; again: number; startedAt: number };
type Done = { reviewId: string; cardId: string; rating: number };

/**
 * The review session's state machine: the current card, the prefetched next one, reveal, rating
 * (shown next at once, sent in the background with a stable reviewId), undo and stale reloads.
 */
export function useReviewSession(deckSlug: string, initial: ReviewQueueView) {
  const [queue, setQueue] = useState<CardView[]>(initial.cards);
  const [counts, setCounts] = useState(initial.counts);
  const [nextDue, setNextDue] = useState(initial.nextDue);
  const [revealed, setRevealed] = useState<RevealedCard | null>(null);
  const [notice, setNotice] = useState<"stale" | "networkError" | "leechNotice" | null>(null);
  const [stats, setStats] = useState<Stats>({ reviewed: 0, again: 0, startedAt: Date.now() });
  const [busy, setBusy] = useState(false);
  const history = useRef<Done[]>([]);
  const shownAt = useRef(Date.now());
  const inFlight = useRef(false); // a double tap must never rate twice
  const pending = useRef(0);
  const current = queue[0] ?? null;

  const refill = useCallback(async (keep: CardView[]) => {
    const view = await api.fetchQueue(deckSlug, keep.map((c) => c.cardId), Math.max(1, 3 - keep.length));
    setCounts(view.counts);
    setNextDue(view.nextDue);
    setQueue((now) => {
      const held = new Set(now.map((c) => c.cardId));
      return [...now, ...view.cards.filter((c) => !held.has(c.cardId))];
    });
  }, [deckSlug]);

  const reload = useCallback(async () => {
    const view = await api.fetchQueue(deckSlug, [], 2);
    setQueue(view.cards);
    setCounts(view.counts);
    setNextDue(view.nextDue);
    setRevealed(null);
    shownAt.current = Date.now();
  }, [deckSlug]);

  const reveal = useCallback(async (answer?: string) => {
    if (!current || revealed || busy) return;
    setBusy(true);
    try {
      setRevealed(await api.revealCard(current.cardId, answer));
    } catch {
      setNotice("networkError");
    } finally {
      setBusy(false);
    }
  }, [current, revealed, busy]);

  const rate = useCallback(async (rating: 1 | 2 | 3 | 4, answer?: string) => {
    if (!current || !revealed || inFlight.current) return;
    inFlight.current = true;
    const review = { reviewId: crypto.randomUUID(), cardId: current.cardId, rating, expectedReps: current.expectedReps, reviewedAt: new Date().toISOString(), durationMs: Date.now() - shownAt.current, answer };
    const rest = queue.slice(1);
    setQueue(rest); // the prefetched card appears at once
    setRevealed(null);
    setNotice(null);
    shownAt.current = Date.now();
    inFlight.current = false;
    pending.current++;
    try {
      const outcome = await api.submitReview(review);
      if (outcome.status === "recorded" || outcome.status === "duplicate") {
        history.current.push({ reviewId: review.reviewId, cardId: review.cardId, rating });
        setStats((s) => ({ ...s, reviewed: s.reviewed + 1, again: s.again + (rating === 1 ? 1 : 0) }));
        if (outcome.leech) setNotice("leechNotice");
        await refill(rest);
      } else {
        setNotice(outcome.status === "conflict" ? "stale" : "networkError");
        await reload();
      }
    } catch {
      setNotice("networkError");
      setQueue((now) => [current, ...now]);
    } finally {
      pending.current--;
    }
  }, [current, revealed, queue, refill, reload]);

  const undo = useCallback(async () => {
    const last = history.current.at(-1);
    if (!last || busy) return;
    setBusy(true);
    try {
      if (await api.undoReview(last.reviewId)) {
        history.current.pop();
        setStats((s) => ({ ...s, reviewed: s.reviewed - 1, again: s.again - (last.rating === 1 ? 1 : 0) }));
        const view = await api.fetchQueue(deckSlug, [], 3);
        const undone = view.cards.find((c) => c.cardId === last.cardId);
        setQueue(undone ? [undone, ...view.cards.filter((c) => c !== undone)] : view.cards);
        setCounts(view.counts);
        setRevealed(null);
        shownAt.current = Date.now();
      }
    } finally {
      setBusy(false);
    }
  }, [busy, deckSlug]);

  const flag = useCallback(async (action: "bury" | "suspend") => {
    if (!current || busy) return;
    setBusy(true);
    try {
      if (await api.flagCard(current.cardId, action)) await reload();
    } finally {
      setBusy(false);
    }
  }, [current, busy, reload]);

  return { current, counts, nextDue, revealed, notice, stats, busy, canUndo: history.current.length > 0, reveal, rate, undo, flag };
}
