"use client";
// The review screen's link to the device: every rating is written to the IndexedDB outbox and leaves
// the browser only through its sync (POST /api/v1/reviews): at once after the rating, when the
// connection returns (the "online" event, or the server answering again), and every 30 s while
// anything waits. The offline pack of the next days' cards
// is refreshed while online.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ConflictRecord, Delivery, OutboxReview, OutboxStore } from "@/lib/client/outbox";
import { loadDevice } from "@/lib/client/offline/load-device";
import { canReachServer, fetchOfflinePack, isNetworkFailure } from "@/lib/client/api/review-api";
import { writePendingHint } from "@/lib/client/offline/pending-hint";

const SYNC_EVERY_MS = 30_000;
const PROBE_EVERY_MS = 5_000;
/** Waiting ratings copied to the synchronous hint (pending-hint.ts); more is a backlog of days. */
const MAX_HINTED = 2_000;
const outboxes = new Map<string, OutboxStore>();

async function outboxFor(userId: string): Promise<OutboxStore> {
  const device = await loadDevice();
  let store = outboxes.get(userId);
  if (!store) outboxes.set(userId, (store = device.createIndexedDbOutboxStore(userId)));
  return store;
}

export function useOfflineSync(userId: string, deckSlug: string, onReconnected: () => void) {
  const [online, setOnline] = useState(true);
  const [pending, setPending] = useState(0);
  const [conflicts, setConflicts] = useState<ConflictRecord[]>([]);

  const refresh = useCallback(async () => {
    const outbox = await outboxFor(userId);
    const [waiting, listed] = await Promise.all([outbox.list(MAX_HINTED), outbox.listConflicts()]);
    const count = waiting.length < MAX_HINTED ? waiting.length : await outbox.count();
    writePendingHint(
      userId,
      waiting.map((p) => p.review),
    );
    setPending(count);
    // The same conflicts as shown: keep the old array, so the review screen does not render again for nothing.
    setConflicts((shown) =>
      shown.length === listed.length && shown.every((c, i) => c.reviewId === listed[i].reviewId) ? shown : listed,
    );
  }, [userId]);

  const sync = useCallback(async () => {
    const [device, outbox] = await Promise.all([loadDevice(), outboxFor(userId)]);
    const summary = await device.syncOutbox(outbox, device.fetchSend(), { maxAttempts: 3 });
    await refresh();
    return summary;
  }, [userId, refresh]);

  const refreshPack = useCallback(async () => {
    try {
      const pack = await fetchOfflinePack(deckSlug);
      if (pack) await (await loadDevice()).savePack(userId, pack);
    } catch (error) {
      // Offline or failing: the pack from the last successful visit stays. No answer at all means
      // no connection, even where navigator.onLine still says there is one.
      if (isNetworkFailure(error)) setOnline(false);
    }
  }, [userId, deckSlug]);

  const goOnline = useCallback(() => {
    setOnline(true);
    void sync().then(() => {
      onReconnected();
      void refreshPack();
    });
  }, [sync, onReconnected, refreshPack]);

  // Marked offline while the browser says it is online (a failed request, a flaky network, or a
  // reload Chromium serves offline without saying so): no "online" event will come, so ask the
  // server now and then whether it answers again.
  useEffect(() => {
    if (online) return;
    const timer = setInterval(() => {
      if (navigator.onLine) void canReachServer().then((reachable) => reachable && goOnline());
    }, PROBE_EVERY_MS);
    return () => clearInterval(timer);
  }, [online, goOnline]);

  useEffect(() => {
    setOnline(navigator.onLine);
    // Offline: the pack is needed now. Online: the device work (IndexedDB, the pack download) waits
    // until the browser is idle, so the first card is interactive before it runs.
    const start = () => {
      void refresh();
      if (navigator.onLine) void sync().then(refreshPack);
    };
    const idle =
      navigator.onLine && "requestIdleCallback" in window
        ? window.requestIdleCallback(start, { timeout: 3000 })
        : (start(), null);
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    const timer = setInterval(() => {
      if (navigator.onLine)
        void outboxFor(userId)
          .then((outbox) => outbox.count())
          .then((n) => (n > 0 ? sync() : null));
    }, SYNC_EVERY_MS);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      clearInterval(timer);
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, [userId, refresh, sync, refreshPack, goOnline]);

  const enqueue = useCallback(
    async (review: OutboxReview) => {
      const [device, outbox] = await Promise.all([loadDevice(), outboxFor(userId)]);
      await device.enqueueReview(outbox, review);
      await refresh();
    },
    [userId, refresh],
  );

  /** Sends the outbox now, for a rating just queued: the sync's answer for it (a refusal is shown by the session, not kept as a conflict). */
  const deliver = useCallback(
    async (reviewId: string): Promise<Delivery> => {
      const [device, outbox] = await Promise.all([loadDevice(), outboxFor(userId)]);
      // Three tries 0.2–0.4 s and 0.4–0.8 s apart before the session goes on offline (the rating waits).
      const delivery = await device.deliverReview(outbox, device.fetchSend(), reviewId, {
        maxAttempts: 3,
        baseDelayMs: 400,
      });
      await refresh();
      return delivery;
    },
    [userId, refresh],
  );

  const pendingCardIds = useCallback(
    async () => new Set((await (await outboxFor(userId)).list(10_000)).map((p) => p.review.cardId)),
    [userId],
  );

  const dismiss = useCallback(async () => {
    await (await outboxFor(userId)).dismissConflicts(conflicts.map((c) => c.reviewId));
    await refresh();
  }, [userId, conflicts, refresh]);

  const markOffline = useCallback(() => setOnline(false), []);
  // One object per state change, not per render: the review session's callbacks and effects depend on it.
  return useMemo(
    () => ({ online, markOffline, pending, conflicts, enqueue, deliver, sync, dismiss, pendingCardIds }),
    [online, markOffline, pending, conflicts, enqueue, deliver, sync, dismiss, pendingCardIds],
  );
}
