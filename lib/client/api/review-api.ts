import type { CardView } from "@/lib/server/reviews/card-view";
import type { RevealedCard } from "@/lib/server/reviews/reveal-card";
import type { ReviewQueueView } from "@/lib/server/reviews/get-review-queue";
import type { OfflinePack } from "@/lib/server/reviews/get-offline-pack";

export type { CardView, RevealedCard, ReviewQueueView };

/** The server answered 401: the session ended (expired, signed out elsewhere). Not a network failure. */
export class SessionExpiredError extends Error {}

/** fetch() rejects with a TypeError when no answer came back at all (no connection, DNS, reset). */
export const isNetworkFailure = (error: unknown): boolean => error instanceof TypeError;

/** Whether the server answers at all (any status): how the review screen finds the connection back. */
export async function canReachServer(): Promise<boolean> {
  try {
    await fetch("/api/health", { cache: "no-store", credentials: "omit" });
    return true;
  } catch {
    return false;
  }
}

async function postJson<T>(url: string, body: unknown): Promise<{ status: number; data: T }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  if (response.status === 401) throw new SessionExpiredError();
  return { status: response.status, data: (await response.json()) as T };
}

export async function fetchQueue(deckSlug: string, exclude: string[], limit = 2): Promise<ReviewQueueView> {
  const query = new URLSearchParams({ exclude: exclude.join(","), limit: String(limit) });
  const response = await fetch(`/api/v1/decks/${encodeURIComponent(deckSlug)}/queue?${query}`, {
    credentials: "same-origin",
    cache: "no-store",
  });
  if (response.status === 401) throw new SessionExpiredError();
  if (!response.ok) throw new Error(`queue ${response.status}`);
  return (await response.json()) as ReviewQueueView;
}

/** The next days' due cards with their answer side, for reviewing without a connection; null when the server did not give it. */
export async function fetchOfflinePack(deckSlug: string): Promise<OfflinePack | null> {
  const response = await fetch(`/api/v1/decks/${encodeURIComponent(deckSlug)}/offline`, {
    credentials: "same-origin",
    cache: "no-store",
  });
  return response.ok ? ((await response.json()) as OfflinePack) : null;
}

export async function revealCard(cardId: string, answer?: string): Promise<RevealedCard> {
  const { status, data } = await postJson<RevealedCard>(
    `/api/v1/cards/${encodeURIComponent(cardId)}/reveal`,
    answer === undefined ? {} : { answer },
  );
  if (status !== 200) throw new Error(`reveal ${status}`);
  return data;
}

export async function undoReview(reviewId: string): Promise<boolean> {
  const { status } = await postJson<unknown>("/api/v1/reviews/undo", { reviewId });
  return status === 200;
}

export type FlagAction = "bury" | "suspend" | "unbury" | "unsuspend";

/** Whether the server took the request; `changed` is false for a card already restored elsewhere. */
export async function flagCard(cardId: string, action: FlagAction): Promise<{ ok: boolean; changed: boolean }> {
  const { status, data } = await postJson<{ changed?: boolean }>(`/api/v1/cards/${encodeURIComponent(cardId)}/flag`, {
    action,
  });
  return { ok: status === 200, changed: status === 200 && data.changed === true };
}
