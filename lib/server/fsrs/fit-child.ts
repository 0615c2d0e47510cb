// Entry of the fit process (started by run-optimizer.ts with tsx and the react-server condition):
// lowers its own CPU priority first, so every thread it starts afterwards (the database driver's,
// the optimizer's) inherits it, then takes one job over IPC, answers it and exits.
import os from "node:os";
import type { FitJob, FitResult } from "./compute-fit";

try {
  os.setPriority(19);
} catch {
  // not permitted: the fit still runs, at normal priority
}

process.once("message", async (job: FitJob) => {
  let answer: FitResult;
  try {
    const { computeFit } = await import("./compute-fit");
    answer = await computeFit(job);
  } catch (error) {
    answer = { ok: false, counts: null, message: (error as Error).message };
  }
  process.send!(answer, () => process.exit(0));
});
