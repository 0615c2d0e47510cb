import "server-only";
// Our deck text is Markdown; Anki fields are HTML. Exported fields are rendered with marked and
// sanitised to a small allowlist; what the importer accepts of it (all but del/blockquote) reads
// back as the same Markdown.
import { createHash } from "node:crypto";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: true });
const EXPORT_TAGS = ["p", "br", "strong", "em", "del", "code", "pre", "ul", "ol", "li", "blockquote", "span", "div"];

/** Markdown → the HTML of one Anki field. */
export function markdownToAnkiHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, { allowedTags: EXPORT_TAGS, allowedAttributes: {} }).trim();
}

/** The field as Anki's sort field stores it: tags removed, entities decoded (rslib strip_html). */
export function stripAnkiHtml(html: string): string {
  const text = sanitizeHtml(html.replace(/&nbsp;/g, " "), { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Anki's duplicate-check checksum of a note: first 32 bits of SHA-1 of the stripped first field. */
export function ankiFieldChecksum(html: string): number {
  return parseInt(createHash("sha1").update(stripAnkiHtml(html)).digest("hex").slice(0, 8), 16);
}
