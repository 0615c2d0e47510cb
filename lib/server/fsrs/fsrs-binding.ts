import "server-only";
// The FSRS optimizer (fsrs-rs, @open-spaced-repetition/binding) called in this process: it fits and
// evaluates on the calling thread and on threads of its own, so the server never calls it itself —
// only the fit process does (fit-child.ts, started by run-optimizer.ts).
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import type { FitEvaluation, FitFigures } from "@/lib/core/optimizer/fit-decision";
import type { FsrsTrainingItem, FsrsTrainingReview } from "@/lib/core/optimizer/fsrs-training-items";
import type { FsrsWeights } from "@/lib/core/scheduler/fsrs-weights";

export class FitError extends Error {}

/** The binding's items; a card's items share its reviews, built once. */
function bindingItems(items: readonly FsrsTrainingItem[]): FSRSBindingItem[] {
  const histories = new Map<readonly FsrsTrainingReview[], FSRSBindingReview[]>();
  return items.map((item) => {
    let reviews = histories.get(item.history);
    if (!reviews)
      histories.set(item.history, (reviews = item.history.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
    return new FSRSBindingItem(reviews.slice(0, item.length));
  });
}

const figuresOf = (items: FSRSBindingItem[], weights: readonly number[]): FitFigures => {
  const evaluation = new FSRSBinding([...weights]).evaluate(items);
  return { logLoss: evaluation.logLoss, rmse: evaluation.rmseBins };
};

/**
 * Fits FSRS-6 weights to `items` (short-term weights from same-day steps included) and evaluates the
 * `current` weights and the fitted ones on them: log loss and binned RMSE, the binding's evaluation.
 */
export async function fitFsrs(items: readonly FsrsTrainingItem[], current: FsrsWeights): Promise<FitEvaluation> {
  if (items.length === 0) throw new FitError("no training items");
  const built = bindingItems(items);
  const proposed = await computeParameters(built, { enableShortTerm: true });
  return { proposed, current: figuresOf(built, current), fitted: figuresOf(built, proposed) };
}

/** The binding's evaluation of each set of weights on `items`. */
export function evaluateFsrs(items: readonly FsrsTrainingItem[], weights: readonly FsrsWeights[]): FitFigures[] {
  if (items.length === 0) throw new FitError("no training items");
  const built = bindingItems(items);
  return weights.map((w) => figuresOf(built, w));
}
