"use client";
// The review screen's link to the device: every rating is written to the IndexedDB outbox before it
// is sent, the outbox is synced through POST /api/v1/reviews when the connection returns (and every
// 30 s while anything waits), and the offline pack of the next days' cards is refreshed while online.
import { useCallback, useEffect, useMemo, useState } from "react";
import { createDexieOutboxStore, enqueueReview, fetchSend, syncOutbox, type ConflictRecord, type OutboxReview } from "@/lib/client/outbox";
import { savePack } from "@/lib/client/offline/pack-store";

const SYNC_EVERY_MS = 30_000;

export function useOfflineSync(userId: string, deckSlug: string, onReconnected: () => void) {
  const outbox = useMemo(() => createDexieOutboxStore(userId), [userId]);
  const [online, setOnline] = useState(true);
  const [pending, setPending] = useState(0);
  const [conflicts, setConflicts] = useState<ConflictRecord[]>([]);

  const refresh = useCallback(async () => {
    setPending(await outbox.count());
    setConflicts(await outbox.listConflicts());
  }, [outbox]);

  const sync = useCallback(async () => {
    const summary = await syncOutbox(outbox, fetchSend(), { maxAttempts: 3 });
    await refresh();
    return summary;
  }, [outbox, refresh]);

  const refreshPack = useCallback(async () => {
    try {
      const response = await fetch(`/api/v1/decks/${encodeURIComponent(deckSlug)}/offline`, { credentials: "same-origin", cache: "no-store" });
      if (response.ok) await savePack(userId, await response.json());
    } catch {
      // Offline or failing: the pack from the last successful visit stays.
    }
  }, [userId, deckSlug]);

  useEffect(() => {
    setOnline(navigator.onLine);
    void refresh();
    if (navigator.onLine) void sync().then(refreshPack);
    const goOnline = () => {
      setOnline(true);
      void sync().then(() => {
        onReconnected();
        void refreshPack();
      });
    };
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    const timer = setInterval(() => {
      if (navigator.onLine) void outbox.count().then((n) => (n > 0 ? sync() : null));
    }, SYNC_EVERY_MS);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      clearInterval(timer);
    };
    // Mount-time wiring only; the callbacks are stable for a given learner and deck.
  }, [outbox, refresh, sync, refreshPack, onReconnected]);

  const enqueue = useCallback(async (review: OutboxReview) => {
    await enqueueReview(outbox, review);
    await refresh();
  }, [outbox, refresh]);

  /** The server answered for this review (recorded, duplicate, or a refusal shown on screen): it leaves the outbox. */
  const settle = useCallback(async (reviewId: string) => {
    await outbox.remove([reviewId]);
    await refresh();
  }, [outbox, refresh]);

  const pendingCardIds = useCallback(async () => new Set((await outbox.list(10_000)).map((p) => p.review.cardId)), [outbox]);

  const dismiss = useCallback(async () => {
    await outbox.dismissConflicts(conflicts.map((c) => c.reviewId));
    await refresh();
  }, [outbox, conflicts, refresh]);

  return { online, markOffline: () => setOnline(false), pending, conflicts, enqueue, settle, sync, dismiss, pendingCardIds };
}
