// The editor holds an ordering item's steps as lines of text. A line that starts with "~" may swap
// with the step above it: consecutive such lines join that step in one anyOrder group.
import type { OrderingStep } from "../content/deck-schema";

const JOINS_ABOVE = /^~\s*/;

/** Form lines → `steps` entries; a "~" line with no step above it starts a plain step. */
export function linesToSteps(lines: readonly string[]): OrderingStep[] {
  const entries: OrderingStep[] = [];
  for (const line of lines) {
    const text = line.replace(JOINS_ABOVE, "");
    const above = entries.at(-1);
    if (!JOINS_ABOVE.test(line) || above === undefined) entries.push(text);
    else if (typeof above === "string") entries[entries.length - 1] = { anyOrder: [above, text] };
    else above.anyOrder.push(text);
  }
  return entries;
}

/** `steps` entries → form text, one step per line, "~ " before every step of a group but its first. */
export function stepsToLines(entries: readonly OrderingStep[]): string {
  return entries
    .flatMap((entry) =>
      typeof entry === "string" ? [entry] : entry.anyOrder.map((step, i) => (i === 0 ? step : `~ ${step}`)),
    )
    .join("\n");
}
