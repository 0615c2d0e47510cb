"use client";
import { useCallback, useMemo, useRef, useState } from "react";
import { isCramDone, rateCram, startCram, type CramQueue, type CramRating } from "@/lib/core/cram/cram-queue";
import type { CramCardView } from "@/lib/server/cram/get-cram-cards";
import { revealCramCard, type RevealedCard } from "@/lib/client/api/cram-api";
import { useCramOutbox } from "./use-cram-outbox";

/**
 * One cram session: the queue (core cram-queue: Again sends a card to the back), reveal through the
 * shared endpoint, and ratings handed to the outbox with a fresh id each.
 */
export function useCramSession(cards: CramCardView[], userId: string) {
  const byId = useMemo(() => new Map(cards.map((c) => [c.cardId, c])), [cards]);
  const [queue, setQueue] = useState<CramQueue>(() => startCram(cards.map((c) => c.cardId)));
  const [revealed, setRevealed] = useState<RevealedCard | null>(null);
  const [busy, setBusy] = useState(false);
  const [revealError, setRevealError] = useState(false);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const shownAt = useRef(Date.now());
  // A double tap (or a key repeat) must rate a shown answer once: the revealed object is per showing.
  const ratedReveal = useRef<RevealedCard | null>(null);
  const outbox = useCramOutbox(userId);
  const current = isCramDone(queue) ? null : (byId.get(queue.pending[0]) ?? null);

  const reveal = useCallback(
    async (answer?: string) => {
      if (!current || revealed || busy) return;
      setBusy(true);
      setRevealError(false);
      try {
        setRevealed(await revealCramCard(current.cardId, answer));
      } catch {
        setRevealError(true);
      } finally {
        setBusy(false);
      }
    },
    [current, revealed, busy],
  );

  const rate = useCallback(
    (rating: CramRating) => {
      if (!current || !revealed || ratedReveal.current === revealed) return;
      ratedReveal.current = revealed;
      outbox.add({
        cramId: crypto.randomUUID(),
        cardId: current.cardId,
        rating,
        reviewedAt: new Date().toISOString(),
        durationMs: Math.min(Date.now() - shownAt.current, 24 * 3600 * 1000),
      });
      const next = rateCram(queue, current.cardId, rating);
      setQueue(next);
      setRevealed(null);
      shownAt.current = Date.now();
      if (isCramDone(next)) void outbox.flush();
    },
    [current, revealed, queue, outbox],
  );

  const restart = useCallback(() => {
    setQueue(startCram(cards.map((c) => c.cardId)));
    setRevealed(null);
    setStartedAt(Date.now());
    shownAt.current = Date.now();
  }, [cards]);

  return {
    current,
    queue,
    revealed,
    busy,
    revealError,
    startedAt,
    reveal,
    rate,
    restart,
    pending: outbox.pending,
    sendFailed: outbox.failed,
    flush: outbox.flush,
  };
}
