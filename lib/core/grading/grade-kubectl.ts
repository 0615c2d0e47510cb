import { compareKubectlCommands } from "../kubectl/compare-kubectl-commands";
import type { GradeResult } from "./grade-result";
import { pickBestResult } from "./pick-best-result";

export type KubectlKey = { answer: string; accept?: string[] };

/**
 * Grades a kubectl command against the canonical `answer` and every `accept` form with
 * {@link compareKubectlCommands}; the best score wins (ties: the canonical answer's feedback).
 * A blank command is `empty-answer` (with the canonical `expected`) without consulting the comparer.
 */
export function gradeKubectl(key: KubectlKey, command: string): GradeResult {
  if (command.trim() === "") {
    return { verdict: "incorrect", score: 0, feedback: [{ code: "empty-answer", params: { expected: key.answer } }] };
  }
  const candidates = [key.answer, ...(key.accept ?? [])];
  return pickBestResult(candidates.map((candidate) => compareKubectlCommands(candidate, command)));
}
