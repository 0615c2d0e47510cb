import "server-only";
import { renderMarkdown } from "./render-markdown";

export type ItemNotes = {
  explanationHtml: string;
  source: { notes: string; url: string | null };
  correction: { claimedHtml: string; actualHtml: string } | null;
};

/** What a learner sees after answering, besides the answer: why, where from, and what the notes got wrong. */
export function renderItemNotes(item: { explanation: string; sources: unknown; correction: unknown }): ItemNotes {
  const sources = item.sources as { notes: string; url?: string };
  const correction = item.correction as { claimed: string; actual: string } | null;
  return {
    explanationHtml: renderMarkdown(item.explanation),
    source: { notes: sources.notes, url: sources.url ?? null },
    correction: correction ? { claimedHtml: renderMarkdown(correction.claimed, { inline: true }), actualHtml: renderMarkdown(correction.actual, { inline: true }) } : null,
  };
}
