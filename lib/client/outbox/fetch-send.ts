import type { OutboxReview } from "./outbox-store";
import type { SendBatch, SendResult } from "./sync-outbox";

export type FetchSendOptions = {
  timeoutMs?: number;
  /** Extra headers (tests outside a browser send the cookie and Origin a browser would). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
};

/**
 * The browser's `send`: POST /api/v1/reviews with the session cookie (same origin), given up after
 * `timeoutMs`. Network errors and timeouts throw; the outbox keeps the batch and retries.
 */
export function fetchSend(baseUrl = "", options: FetchSendOptions = {}): SendBatch {
  const doFetch = options.fetch ?? fetch;
  return async (batch: OutboxReview[]): Promise<SendResult> => {
    const response = await doFetch(`${baseUrl}/api/v1/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json", ...options.headers },
      body: JSON.stringify({ reviews: batch }),
      credentials: "same-origin",
      cache: "no-store",
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    const body = (await response.json().catch(() => null)) as { results?: unknown } | null;
    return {
      status: response.status,
      results: Array.isArray(body?.results) ? (body.results as SendResult["results"]) : undefined,
    };
  };
}
