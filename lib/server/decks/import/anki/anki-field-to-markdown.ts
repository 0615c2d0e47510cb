import "server-only";
// Anki fields are HTML from a browser editor, i.e. untrusted. They are sanitised to a small
// allowlist first (scripts, styles, frames, handlers and links disappear), then written as the
// Markdown our deck text uses: <br>/<div> → line breaks, <b> → **, <code> → `…`, lists → - / 1.
// Media is not imported: [sound:x] and <img src=x> become visible "[audio: x]" / "[image: x]".
import sanitizeHtml from "sanitize-html";

export type ConvertedField = { text: string; media: string[] };

const ALLOWED_TAGS = [
  "b",
  "strong",
  "i",
  "em",
  "u",
  "code",
  "pre",
  "br",
  "p",
  "div",
  "ul",
  "ol",
  "li",
  "sub",
  "sup",
  "span",
];
const DROPPED_WITH_CONTENT = [
  "script",
  "style",
  "textarea",
  "option",
  "noscript",
  "iframe",
  "object",
  "embed",
  "template",
  "title",
  "svg",
  "math",
];
const MEDIA_NAME_MAX = 80;

/** Converts one Anki field to Markdown and lists the media files it referred to. */
export function ankiFieldToMarkdown(html: string): ConvertedField {
  const media: string[] = [];
  const mediaName = (name: string) => {
    const clean = name.trim().slice(0, MEDIA_NAME_MAX);
    media.push(clean);
    return clean;
  };
  const withSounds = html.replace(/\[sound:([^\]]*)\]/g, (_, name: string) => `[audio: ${mediaName(name)}]`);
  const safe = sanitizeHtml(withSounds, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {},
    nonTextTags: DROPPED_WITH_CONTENT,
    transformTags: {
      img: (_tag, attribs) => ({
        tagName: "span",
        attribs: {},
        text: attribs.src ? `[image: ${mediaName(attribs.src)}]` : "",
      }),
    },
  });
  return { text: htmlToMarkdown(safe), media };
}

type List = { ordered: boolean; count: number };

/** Markdown from sanitize-html output: only allowlisted tags without attributes, text escaped. */
function htmlToMarkdown(html: string): string {
  const writer = new MarkdownWriter();
  for (const [, closing, tag, text] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/g)) {
    if (text !== undefined) writer.text(decodeEscapes(text).replace(/\u00a0/g, " "));
    else if (closing) writer.close(tag);
    else writer.open(tag);
  }
  return writer.result();
}

class MarkdownWriter {
  private out = "";
  /** Text of an open <pre> or <code>, written out with a fence once it is closed. */
  private verbatim: { tag: "pre" | "code"; text: string } | null = null;
  private lists: List[] = [];
  private marks: number[] = [];

  text(plain: string): void {
    if (this.verbatim) this.verbatim.text += plain;
    else {
      const piece = escapeForMarkdown(plain.replace(/\s+/g, " "));
      this.out += this.atLineStart() ? piece.replace(/^ +/, "") : piece;
    }
  }

  open(tag: string): void {
    if (tag === "br") return this.lineBreak();
    if (this.verbatim) return;
    if (tag === "pre" || tag === "code") this.verbatim = { tag, text: "" };
    else if (tag === "b" || tag === "strong" || tag === "i" || tag === "em") {
      this.marks.push(this.out.length);
      this.out += emphasis(tag);
    } else if (tag === "div" || tag === "p" || tag === "ul" || tag === "ol") {
      this.newline();
      if (tag === "ul" || tag === "ol") this.lists.push({ ordered: tag === "ol", count: 0 });
    } else if (tag === "li") {
      this.newline();
      const list = this.lists[this.lists.length - 1] ?? { ordered: false, count: 0 };
      this.out += `${"  ".repeat(Math.max(0, this.lists.length - 1))}${list.ordered ? `${++list.count}.` : "-"} `;
    }
  }

  close(tag: string): void {
    if (this.verbatim) {
      if (tag === this.verbatim.tag) this.closeVerbatim(this.verbatim);
      return;
    }
    if (tag === "b" || tag === "strong" || tag === "i" || tag === "em") {
      const mark = emphasis(tag);
      // An empty <b></b> leaves nothing; trailing spaces go after the mark, or Markdown ignores it.
      if (this.out.length === (this.marks.pop() ?? -1) + mark.length) this.out = this.out.slice(0, -mark.length);
      else this.out = this.out.replace(/( *)$/, `${mark}$1`);
    } else if (tag === "div" || tag === "li") this.newline();
    else if (tag === "p") this.newline(true);
    else if (tag === "ul" || tag === "ol") {
      this.lists.pop();
      this.newline();
    }
  }

  result(): string {
    return this.out
      .replace(/[ \t]+\n/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }

  private closeVerbatim({ tag, text }: { tag: "pre" | "code"; text: string }): void {
    this.verbatim = null;
    const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    if (tag === "code") {
      const content = text.replace(/\s+/g, " ");
      const fence = "`".repeat(longestRun + 1);
      this.out +=
        content.trim() === ""
          ? content
          : longestRun > 0
            ? `${fence} ${content} ${fence}`
            : `${fence}${content}${fence}`;
      return;
    }
    const fence = "`".repeat(Math.max(3, longestRun + 1));
    this.newline(true);
    this.out += `${fence}\n${text.replace(/^\n/, "").replace(/\n$/, "")}\n${fence}\n\n`;
  }

  /** Unlike a block's edge, a <br> always breaks: Anki writes an empty line as <div><br></div>. */
  private lineBreak(): void {
    if (this.verbatim) this.verbatim.text += this.verbatim.tag === "pre" ? "\n" : " ";
    else if (this.out !== "") this.out = `${this.out.replace(/[ \t]+$/, "")}\n`;
  }

  private newline(blank = false): void {
    if (this.out === "") return;
    this.out = this.out.replace(/[ \t]+$/, "");
    if (!this.out.endsWith("\n")) this.out += "\n";
    if (blank && !this.out.endsWith("\n\n")) this.out += "\n";
  }

  private atLineStart(): boolean {
    // Only the tail is looked at, so that a long field does not make this quadratic.
    const tail = this.out.length <= 24 ? `\n${this.out}` : this.out.slice(-24);
    return /\n *(- |\d+\. )?$/.test(tail);
  }
}

const emphasis = (tag: string) => (tag === "b" || tag === "strong" ? "**" : "*");

function decodeEscapes(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Keeps literal text literal where Markdown would read it as HTML (`<none>`) or an entity. */
function escapeForMarkdown(text: string): string {
  return text.replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;").replace(/<(?=[A-Za-z/!?])/g, "&lt;");
}
