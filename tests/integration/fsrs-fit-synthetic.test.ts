// Issue 18, must-show 1: a synthetic learner whose ratings come from known FSRS-6 weights (ts-fsrs,
// fixed seed). Weights fitted on 80% of their cards through the binding (as the fit process calls
// it) predict the other 20% better than the defaults (log loss and RMSE), and lie closer to the
// generating weights than the defaults do: in the recall they predict (less than half as far) and
// in the initial stabilities. All of it held for seeds 1, 2, 3 and 18.
import { describe, expect, it } from "vitest";
import { fsrs } from "ts-fsrs";
import { buildTrainingSet, itemReviews, type FsrsTrainingItem } from "@/lib/core/optimizer/fsrs-training-items";
import { isBetterFit } from "@/lib/core/optimizer/fit-decision";
import { DEFAULT_FSRS_WEIGHTS, FSRS_WEIGHT_COUNT } from "@/lib/core/scheduler/fsrs-weights";
import { evaluateFsrs, fitFsrs } from "@/lib/server/fsrs/fsrs-binding";
import { GENERATING_WEIGHTS, simulateLearner } from "../support/synthetic-learner";

/**
 * How far apart two sets of weights are in what they predict: the mean absolute difference of the
 * recall probability each gives for the last rating of every item (the weights themselves are not
 * all identifiable from ratings, so a distance between the vectors says little).
 */
function recallDistance(a: readonly number[], b: readonly number[], items: FsrsTrainingItem[]): number {
  const predict = (weights: readonly number[]) => {
    const model = fsrs({ w: [...weights], enable_short_term: true });
    return (item: FsrsTrainingItem) => {
      const reviews = itemReviews(item);
      let memory = model.next_state(null, 0, reviews[0].rating);
      for (const review of reviews.slice(1, -1)) memory = model.next_state(memory, review.deltaT, review.rating);
      return model.forgetting_curve(reviews[reviews.length - 1].deltaT, memory.stability);
    };
  };
  const [pa, pb] = [predict(a), predict(b)];
  return items.reduce((sum, item) => sum + Math.abs(pa(item) - pb(item)), 0) / items.length;
}
// Initial stabilities (w0–w3, the best identified weights) compared on a log scale.
const initialStabilityDistance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(...[0, 1, 2, 3].map((i) => Math.log(a[i] / b[i])));

describe("fitting FSRS-6 weights to a synthetic learner", () => {
  // 2,000 cards (~8,000 ratings): with 800, the held-out RMSE of the fit was not always below the
  // defaults' across seeds (log loss was, for seeds 1, 2, 3 and 18).
  const logs = simulateLearner({ seed: 18, cards: 2000, days: 365, start: new Date("2025-01-01T00:00:00Z") });
  const heldOut = (cardId: string) => Number(cardId.slice("card-".length)) % 5 === 0;
  const utcDays = { timeZone: "UTC", rolloverHour: 0 };
  const train = buildTrainingSet(
    logs.filter((l) => !heldOut(l.cardId)),
    utcDays,
  );
  const test = buildTrainingSet(
    logs.filter((l) => heldOut(l.cardId)),
    utcDays,
  );

  it("predicts held-out reviews with lower log loss than the defaults, and lands nearer the generating weights", async () => {
    expect(train.items.length).toBeGreaterThan(7000);
    expect(test.items.length).toBeGreaterThan(1500);
    const fit = await fitFsrs(train.items, DEFAULT_FSRS_WEIGHTS);
    expect(fit.proposed).toHaveLength(FSRS_WEIGHT_COUNT);
    expect(isBetterFit(fit)).toBe(true); // on the training cards

    const [defaults, fitted, generating] = await evaluateFsrs(test.items, [
      DEFAULT_FSRS_WEIGHTS,
      fit.proposed,
      GENERATING_WEIGHTS,
    ]);
    expect(fitted.logLoss).toBeLessThan(defaults.logLoss);
    expect(fitted.rmse).toBeLessThan(defaults.rmse);
    // The generating weights do about as well as the fit on cards it never saw (sampling noise either way).
    expect(Math.abs(generating.logLoss - fitted.logLoss)).toBeLessThan(defaults.logLoss - fitted.logLoss);

    expect(recallDistance(fit.proposed, GENERATING_WEIGHTS, test.items)).toBeLessThan(
      recallDistance(DEFAULT_FSRS_WEIGHTS, GENERATING_WEIGHTS, test.items) / 2,
    );
    expect(initialStabilityDistance(fit.proposed, GENERATING_WEIGHTS)).toBeLessThan(
      initialStabilityDistance(DEFAULT_FSRS_WEIGHTS, GENERATING_WEIGHTS),
    );
  });

  it("gives the same weights for the same learner (seeded simulation, deterministic optimizer)", async () => {
    const again = buildTrainingSet(
      simulateLearner({ seed: 18, cards: 200, days: 200, start: new Date("2025-01-01T00:00:00Z") }),
      utcDays,
    );
    const [first, second] = await Promise.all([
      fitFsrs(again.items, DEFAULT_FSRS_WEIGHTS),
      fitFsrs(again.items, DEFAULT_FSRS_WEIGHTS),
    ]);
    expect(second.proposed).toEqual(first.proposed);
  });

  it("rejects an empty training set without starting the optimizer", async () => {
    await expect(fitFsrs([], DEFAULT_FSRS_WEIGHTS)).rejects.toThrow("no training items");
  });
});
