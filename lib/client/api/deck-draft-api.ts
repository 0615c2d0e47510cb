// The instructor pages' calls to the deck draft endpoints (app/api/v1/decks/[slug]/…): imports,
// item saves, deletions and the live preview. Each returns what the server answered; the pages
// decide what to show.
import type { DraftImportOutcome } from "@/lib/server/decks/import/import-into-draft";
import type { FieldError } from "@/lib/core/editor/validate-draft-item";
import type { ItemPreview } from "@/lib/server/editor/preview-item";

const draftUrl = (slug: string, rest: string) => `/api/v1/decks/${encodeURIComponent(slug)}/${rest}`;
const postJson = (url: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** A file import: the preview or the committed plan (200), the file's errors (422), or why it failed. */
export type ImportAnswer = { ok: true; outcome: DraftImportOutcome } | { ok: false; message: string };

/** Sends deck files (and a CSV's column mapping) to the import endpoint; `query` says preview or commit. */
export async function importDeckFiles(slug: string, form: FormData, query: URLSearchParams): Promise<ImportAnswer> {
  const response = await fetch(`${draftUrl(slug, "import")}?${query}`, { method: "POST", body: form });
  const json = (await response.json().catch(() => null)) as
    (DraftImportOutcome & { error?: { message?: string } }) | null;
  if ((response.status === 200 || response.status === 422) && json) return { ok: true, outcome: json };
  return { ok: false, message: json?.error?.message ?? `HTTP ${response.status}` };
}

/** The draft item as the editor holds it: its original key (null for a new item), type and field values. */
export type DraftItemInput = { originalKey: string | null; type: string; values: unknown };

/** The server's rendering of a draft item (or null when it did not answer 200). */
export async function previewDraftItem(slug: string, item: DraftItemInput): Promise<ItemPreview | null> {
  const response = await postJson(draftUrl(slug, "draft/preview"), item);
  return response.ok ? ((await response.json()) as ItemPreview) : null;
}

export type SaveDraftAnswer = { ok: boolean; key?: string; errors?: FieldError[] };

export async function saveDraftItem(slug: string, item: DraftItemInput): Promise<SaveDraftAnswer> {
  return (await (await postJson(draftUrl(slug, "draft/items"), item)).json()) as SaveDraftAnswer;
}

/** Whether the server removed the item from the draft. */
export async function deleteDraftItem(slug: string, itemKey: string): Promise<boolean> {
  const response = await fetch(`${draftUrl(slug, "draft/items")}?key=${encodeURIComponent(itemKey)}`, {
    method: "DELETE",
  });
  return response.ok;
}
