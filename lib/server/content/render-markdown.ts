import "server-only";
// Deck text is Markdown written by instructors, i.e. untrusted: rendered on the server (no Markdown
// or highlighting code reaches the browser) and sanitised with an allowlist before it is sent.
import { Marked } from "marked";
import hljs from "highlight.js/lib/core";
import yaml from "highlight.js/lib/languages/yaml";
import bash from "highlight.js/lib/languages/bash";
import json from "highlight.js/lib/languages/json";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "@/lib/core/text/escape-html";
import { substituteClozeMarkers } from "@/lib/core/review/cloze-markers";

hljs.registerLanguage("yaml", yaml);
hljs.registerLanguage("bash", bash);
hljs.registerLanguage("shell", bash);
hljs.registerLanguage("sh", bash);
hljs.registerLanguage("json", json);

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    code({ text, lang }) {
      const language = lang && hljs.getLanguage(lang) ? lang : null;
      const html = language ? hljs.highlight(text, { language }).value : escapeHtml(text);
      return `<pre><code class="hljs${language ? ` language-${language}` : ""}">${html}</code></pre>`;
    },
  },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "del", "code", "pre", "span", "ul", "ol", "li", "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td", "h3", "h4", "hr", "mark"],
  allowedAttributes: { a: ["href", "title", "rel", "target"], code: ["class"], span: ["class"], mark: ["class"], pre: ["tabindex"] },
  allowedClasses: { code: ["hljs", /^language-[a-z]+$/], span: [/^hljs-[a-z_-]+$/, "cloze-blank", "cloze-hint"], mark: ["cloze-answer"] },
  allowedSchemes: ["https", "http"],
  // A code block wider than a phone scrolls sideways; tabindex lets keyboard users reach and scroll it.
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }), pre: sanitizeHtml.simpleTransform("pre", { tabindex: "0" }) },
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 5000;

/** Markdown → safe HTML. Deck text repeats across requests, so results are kept (bounded). */
export function renderMarkdown(markdown: string, { inline = false } = {}): string {
  const key = `${inline ? "i" : "b"}:${markdown}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const raw = inline ? (marked.parseInline(markdown) as string) : (marked.parse(markdown) as string);
  const html = substituteClozeMarkers(sanitizeHtml(raw, SANITIZE));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, html);
  return html;
}
