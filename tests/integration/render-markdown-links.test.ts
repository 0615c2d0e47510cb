import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/server/content/render-markdown";

describe("links in card Markdown", () => {
  it("open in a new tab without handing the page to the target (rel=noopener noreferrer)", () => {
    const html = renderMarkdown(
      'See [the docs](https://kubernetes.io/docs/) and <a href="https://x.example" rel="opener" target="_self">x</a>.',
    );
    expect(html).toContain('href="https://kubernetes.io/docs/"');
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(2);
    expect(html.match(/target="_blank"/g)).toHaveLength(2);
    expect(html).not.toContain('opener"');
  });
});
