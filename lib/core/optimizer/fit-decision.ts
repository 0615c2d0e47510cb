import type { FsrsWeights } from "../scheduler/fsrs-weights";

/** The binding's evaluation of one set of weights on the learner's items (fsrs-rs ModelEvaluation). */
export type FitFigures = { logLoss: number; rmse: number };

export type FitEvaluation = { proposed: FsrsWeights; current: FitFigures; fitted: FitFigures };

/**
 * New weights replace the current ones only when they describe the learner's reviews better on both
 * measures: lower log loss and an RMSE (binned) no higher. Anki compares RMSE alone; asking for both
 * keeps a fit that trades calibration for sharpness from moving everyone's intervals.
 */
export function isBetterFit({ current, fitted }: Pick<FitEvaluation, "current" | "fitted">): boolean {
  return fitted.logLoss < current.logLoss && fitted.rmse <= current.rmse;
}

/** Ratings a learner needs before a fit is started for them (Anki asked for 400 at first too). */
export const MIN_REVIEWS_FOR_AUTO_FIT = 400;
/** An automatic re-fit comes after this many ratings since the last fit. */
export const AUTO_FIT_EVERY = 500;

/**
 * Whether enough has happened since the last fit (`reviewsAtLastFit`, null = never fitted) to fit
 * again on its own: at least MIN_REVIEWS_FOR_AUTO_FIT in all and AUTO_FIT_EVERY more than then.
 */
export function isAutoFitDue(reviewCount: number, reviewsAtLastFit: number | null): boolean {
  if (reviewCount < MIN_REVIEWS_FOR_AUTO_FIT) return false;
  return reviewsAtLastFit === null || reviewCount - reviewsAtLastFit >= AUTO_FIT_EVERY;
}
