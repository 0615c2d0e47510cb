import type { Verdict } from "@/lib/core/grading/grade-result";

/**
 * One row of the kubectl verdict table: (expected, answer) → verdict. `codes` is the exact set of
 * feedback codes when given. `kubectlRejects` marks answers the real kubectl also rejects without
 * a cluster; the oracle test (tests/integration/kubectl-oracle.test.ts) checks those, and that
 * kubectl accepts every command our parser accepts.
 */
export type GradingRow = {
  /** What the row shows; rows are grouped and named by it. */
  behaviour: string;
  expected: string;
  answer: string;
  verdict: Verdict;
  codes?: string[];
  kubectlRejects?: boolean;
};

/** Rows that show one behaviour. */
export function rowsShowing(behaviour: string, rows: Omit<GradingRow, "behaviour">[]): GradingRow[] {
  return rows.map((row) => ({ behaviour, ...row }));
}
