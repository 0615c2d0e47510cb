/**
 * An ordering item's correct answer as a numbered Markdown list. The steps of an anyOrder group
 * share one number and are listed under it, after `anyOrderLabel` ("any order" in the reader's
 * language), so a reader sees that their order does not matter.
 */
export function orderingStepsMarkdown(steps: readonly string[], anyOrder: readonly (readonly number[])[], anyOrderLabel: string): string {
  const lines: string[] = [];
  let number = 0;
  for (let i = 0; i < steps.length; i++) {
    const group = anyOrder.find((g) => g[0] === i);
    number++;
    if (!group) {
      lines.push(`${number}. ${steps[i]}`);
      continue;
    }
    lines.push(`${number}. (${anyOrderLabel})`, ...group.map((step) => `   - ${steps[step] ?? ""}`));
    i += group.length - 1;
  }
  return lines.join("\n");
}
