import { parseKubectlCommand } from "../kubectl/parse-kubectl-command";
import type { ParseDeckOptions } from "./parse-deck";

/**
 * The options the app and `npm run content:check` use: every kubectl `answer` and `accept` form
 * must parse with the same command parser that grades learners' answers.
 */
export const defaultDeckOptions: ParseDeckOptions = {
  checkCommand,
  curated: true,
};

/** Instructor decks (editor, imports, the deck API): the same checks without the curated rules. */
export const instructorDeckOptions: ParseDeckOptions = { checkCommand };

function checkCommand(command: string): string | null {
  const result = parseKubectlCommand(command);
  return result.ok ? null : `${result.error.message} (column ${result.error.column})`;
}
