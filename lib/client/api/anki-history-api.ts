// Settings' call to the Anki history endpoint (app/api/v1/decks/[slug]/anki-history).
import type { AnkiHistoryOutcome } from "@/lib/server/reviews/import-anki-history";

/** The preview or import outcome (200, or 422 for a file it refused), or null when the call failed. */
export async function importAnkiHistory(
  deckSlug: string,
  file: File,
  commit: boolean,
): Promise<AnkiHistoryOutcome | null> {
  const params = new URLSearchParams({ file: file.name, ...(commit ? { commit: "true" } : {}) });
  const response = await fetch(`/api/v1/decks/${encodeURIComponent(deckSlug)}/anki-history?${params}`, {
    method: "POST",
    body: file,
    headers: { "content-type": "application/octet-stream" },
  });
  if (response.status !== 200 && response.status !== 422) return null;
  return (await response.json()) as AnkiHistoryOutcome;
}
