"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { sendCramBatch, type CramEntryInput } from "@/lib/client/api/cram-api";

// Ratings leave in batches: every BATCH_SIZE ratings, after FLUSH_DELAY_MS of quiet, and when the
// session ends or the page is hidden. Unsent ones are kept in localStorage, so a reload or a lost
// connection sends them later with the same ids (the server records each id once). The key holds the
// learner's id so that one person's unsent ratings are never sent under another's session.
const STORAGE_PREFIX = "kubedrill.cram.outbox.";
const BATCH_SIZE = 10;
const MAX_BATCH = 250;
const FLUSH_DELAY_MS = 4000;
const MAX_RETRY_DELAY_MS = 60_000;

function load(key: string): CramEntryInput[] {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? "[]");
    return Array.isArray(stored) ? stored : [];
  } catch {
    return [];
  }
}

function save(key: string, entries: CramEntryInput[]): void {
  try {
    if (entries.length) localStorage.setItem(key, JSON.stringify(entries));
    else localStorage.removeItem(key);
  } catch {
    // Private mode or a full quota: the entries stay in memory for this page.
  }
}

export function useCramOutbox(userId: string) {
  const key = STORAGE_PREFIX + userId;
  const outbox = useRef<CramEntryInput[]>([]);
  const sending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failures = useRef(0);
  const [pending, setPending] = useState(0);
  const [failed, setFailed] = useState(false);

  const update = useCallback(
    (entries: CramEntryInput[]) => {
      outbox.current = entries;
      save(key, entries);
      setPending(entries.length);
    },
    [key],
  );

  const flush = useCallback(
    async (keepalive = false) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (sending.current || outbox.current.length === 0) return;
      sending.current = true;
      const batch = outbox.current.slice(0, MAX_BATCH);
      try {
        const results = await sendCramBatch(batch, keepalive);
        // Every entry the server answered for is done, whatever the answer (recorded, duplicate, gone …).
        const answered = new Set(results.map((r) => r.cramId));
        update(outbox.current.filter((e) => !answered.has(e.cramId)));
        failures.current = 0;
        setFailed(false);
      } catch {
        failures.current++;
        setFailed(true);
      } finally {
        sending.current = false;
      }
      if (outbox.current.length > 0) {
        const delay = failures.current ? Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** failures.current) : 0;
        timer.current = setTimeout(() => void flush(), delay);
      }
    },
    [update],
  );

  const add = useCallback(
    (entry: CramEntryInput) => {
      update([...outbox.current, entry]);
      if (timer.current) clearTimeout(timer.current);
      if (outbox.current.length >= BATCH_SIZE) void flush();
      else timer.current = setTimeout(() => void flush(), FLUSH_DELAY_MS);
    },
    [flush, update],
  );

  useEffect(() => {
    const left = load(key);
    if (left.length) {
      update([...left, ...outbox.current.filter((e) => !left.some((l) => l.cramId === e.cramId))]);
      void flush();
    }
    const onHide = () => document.visibilityState === "hidden" && void flush(true);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush, update, key]);

  return { add, flush, pending, failed };
}
