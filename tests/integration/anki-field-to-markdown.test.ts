// Anki field HTML → our Markdown: what a learner sees must survive, nothing executable may.
import { describe, expect, it } from "vitest";
import { ankiFieldToMarkdown } from "@/lib/server/decks/import/anki/anki-field-to-markdown";
import { markdownToAnkiHtml } from "@/lib/server/decks/export/anki/markdown-to-anki-html";

describe("ankiFieldToMarkdown", () => {
  it.each([
    ["Anki's editor lines", "first<div>second</div><div><br></div><div>third</div>", "first\nsecond\n\nthird"],
    ["emphasis with a trailing space and an empty one", "<b>bold </b>text<i></i>", "**bold** text"],
    ["nested lists", "<ol><li>a<ul><li>x</li></ul></li><li>b</li></ol>", "1. a\n  - x\n2. b"],
    ["code containing a backtick", "<code>echo `date`</code>", "`` echo `date` ``"],
    ["pre containing a fence", "<pre>```\nkubectl get pods\n```</pre>", "````\n```\nkubectl get pods\n```\n````"],
    ["entities", "&lt;b&gt;not bold&lt;/b&gt; &amp;amp; 5 &gt; 3", "&lt;b>not bold&lt;/b> &amp;amp; 5 > 3"],
    ["a cloze with formatting", "{{c1::<b>Pod</b>::what?}}", "{{c1::**Pod**::what?}}"],
    [
      "a javascript: link and an svg",
      '<a href="javascript:alert(1)">x</a><svg onload="alert(2)"><text>y</text></svg>',
      "x",
    ],
  ])("%s", (_name, html, markdown) => {
    expect(ankiFieldToMarkdown(html).text).toBe(markdown);
  });

  it("lists the media a field refers to", () => {
    expect(ankiFieldToMarkdown('[sound:a.mp3] <img src="b.png"><img>').media).toEqual(["a.mp3", "b.png"]);
  });
});

describe("markdownToAnkiHtml → ankiFieldToMarkdown", () => {
  it.each([
    "plain",
    "Two\nlines",
    "Para one\n\nPara two",
    "**bold**, *em* and `kubectl get pods -o wide`",
    "- one\n- two",
    "1. first\n2. second",
    "A {{c1::Deployment}} manages {{c2::ReplicaSets::kind}}",
    "a < b & c > d",
  ])("round-trips %j", (markdown) => {
    expect(ankiFieldToMarkdown(markdownToAnkiHtml(markdown)).text).toBe(markdown);
  });
});
