import "server-only";
import { renderMarkdown } from "./render-markdown";
import { markdownToPlainText } from "@/lib/core/text/markdown-to-plain-text";

export type ItemNotes = {
  explanationHtml: string;
  /** Null for items without a source (imported Anki or CSV cards). */
  source: { notes: string; url: string | null } | null;
  correction: { claimedHtml: string; actualHtml: string } | null;
};

/** What a learner sees after answering, besides the answer: why, where from, and what the notes got wrong. */
export function renderItemNotes(item: { explanation: string; sources: unknown; correction: unknown }): ItemNotes {
  const sources = item.sources as { notes: string; url?: string };
  const correction = item.correction as { claimed: string; actual: string } | null;
  return {
    explanationHtml: item.explanation ? renderMarkdown(item.explanation) : "",
    // The note reference is shown as a line of text ("Pod L2"), never as raw Markdown ("## Pod L2").
    source: sources.notes || sources.url ? { notes: markdownToPlainText(sources.notes ?? ""), url: sources.url ?? null } : null,
    correction: correction ? { claimedHtml: renderMarkdown(correction.claimed, { inline: true }), actualHtml: renderMarkdown(correction.actual, { inline: true }) } : null,
  };
}
