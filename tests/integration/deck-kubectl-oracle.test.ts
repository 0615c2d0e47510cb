// Every kubectl command a deck teaches (the canonical `answer` and each accepted form) must parse
// with the app's parser and be accepted by the real kubectl client (v1.32, no cluster).
import { describe, expect, it } from "vitest";
import { mapLimited } from "../support/map-limited";
import { formatDeckError } from "@/lib/core/content";
import { parseKubectlCommand } from "@/lib/core/kubectl";
import { readContentDecks } from "@/lib/server/decks/read-deck-folder";
import { runKubectlOracle } from "../support/kubectl-oracle";

const PARALLEL = 4;

type Taught = { where: string; command: string };

function taughtCommands(): Taught[] {
  return readContentDecks().flatMap((read) => {
    if (!read.result.ok) throw new Error(read.result.errors.map(formatDeckError).join("\n"));
    return read.result.deck.items.flatMap((item) =>
      item.type === "kubectl"
        ? [item.answer, ...(item.accept ?? [])].map((command) => ({
            where: `${item.file}:${item.line} ${item.id}`,
            command,
          }))
        : [],
    );
  });
}

describe("kubectl commands in content/decks", () => {
  const taught = taughtCommands();

  it("has kubectl items to check", () => {
    expect(taught.length).toBeGreaterThan(0);
  });

  it("parses every answer and accepted form with the app's parser", () => {
    const rejected = taught.flatMap(({ where, command }) => {
      const parsed = parseKubectlCommand(command);
      return parsed.ok ? [] : [`${where}: ${command}  →  ${parsed.error.message}`];
    });
    expect(rejected).toEqual([]);
  });

  it("has the real kubectl accept every answer and accepted form", async () => {
    const results = await mapLimited(taught, PARALLEL, ({ command }) => runKubectlOracle(command));
    const firstLines = (output: string) =>
      output
        .split("\n")
        .filter((line) => line.trim() !== "")
        .slice(0, 2)
        .join(" | ");
    const rejected = taught.flatMap(({ where, command }, i) =>
      results[i].ok ? [] : [`${where}: ${command}  →  ${firstLines(results[i].output)}`],
    );
    console.log(
      `kubectl oracle: checked ${taught.length} commands from content/decks, ${taught.length - rejected.length} accepted`,
    );
    expect(rejected).toEqual([]);
  });
});
