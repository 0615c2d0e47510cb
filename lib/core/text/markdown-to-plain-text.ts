/**
 * A one-line Markdown reference (a source note such as "## Pod L2", an analytics excerpt) as the
 * plain text a reader should see: heading marks, code backticks, emphasis and link syntax removed.
 */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      .split("\n")
      // A source may name a heading path, "## ReplicaSet / ### 作成 L27": every heading mark goes.
      .map((line) =>
        line
          .replace(/^\s{0,3}#{1,6}\s+/, "")
          .replace(/(\s\/\s*)#{1,6}\s+/g, "$1")
          .replace(/^\s{0,3}>\s?/, ""),
      )
      .join(" ")
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/`+([^`]*)`+/g, "$1")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*)[*_](?=[^\w*]|$)/g, "$1$2")
      .replace(/\s+/g, " ")
      .trim()
  );
}
