import type { RevealedCard } from "@/lib/server/reviews/reveal-card";
import type { CramOutcome } from "@/lib/server/cram/record-cram";
import type { CramEntryInput } from "@/lib/schemas/record-cram";

export type { RevealedCard, CramOutcome, CramEntryInput };

/** The answer side from the shared reveal endpoint; typed answers are graded there. */
export async function revealCramCard(cardId: string, answer?: string): Promise<RevealedCard> {
  const response = await fetch(`/api/v1/cards/${encodeURIComponent(cardId)}/reveal`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(answer === undefined ? { mode: "cram" } : { answer, mode: "cram" }),
  });
  if (!response.ok) throw new Error(`reveal ${response.status}`);
  return (await response.json()) as RevealedCard;
}

/**
 * Sends a batch of cram ratings. Resolves with the server's answer per entry, or throws when there
 * is none (network down, 5xx): the caller keeps the batch and sends it again with the same ids.
 * `keepalive` lets the last batch leave while the page is being closed.
 */
export async function sendCramBatch(entries: CramEntryInput[], keepalive = false): Promise<CramOutcome[]> {
  const response = await fetch("/api/v1/cram", {
    method: "POST",
    headers: { "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ entries }),
    keepalive,
  });
  if (response.status >= 500 || response.status === 401 || response.status === 403)
    throw new Error(`cram ${response.status}`);
  const body = (await response.json()) as { results?: CramOutcome[] };
  if (!body.results) throw new Error(`cram ${response.status}`);
  return body.results;
}
