// Issue 18, must-show 1: a synthetic learner whose ratings come from known FSRS-6 weights (ts-fsrs,
// fixed seed). Weights fitted on 80% of their cards through the binding (as the fit process calls it) predict the
// other 20% better than the defaults, and lie closer to the generating weights than the defaults do.
import { describe, expect, it } from "vitest";
import { buildTrainingSet } from "@/lib/core/optimizer/fsrs-training-items";
import { isBetterFit } from "@/lib/core/optimizer/fit-decision";
import { DEFAULT_FSRS_WEIGHTS, FSRS_WEIGHT_COUNT } from "@/lib/core/scheduler/fsrs-weights";
import { evaluateFsrs, fitFsrs } from "@/lib/server/fsrs/fsrs-binding";
import { GENERATING_WEIGHTS, simulateLearner } from "../support/synthetic-learner";

// ts-fsrs's bounds of each FSRS-6 weight: a distance in units of each weight's range, so w0–w3
// (up to 100 days) do not drown the others.
const RANGES: [number, number][] = [
  [0.001, 100], [0.001, 100], [0.001, 100], [0.001, 100], [1, 10], [0.001, 4], [0.001, 4], [0.001, 0.75], [0, 4.5], [0, 0.8], [0.001, 3.5],
  [0.001, 5], [0.001, 0.25], [0.001, 0.9], [0, 4], [0, 1], [1, 6], [0, 2], [0, 2], [0.01, 0.8], [0.1, 0.8],
];
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((x, i) => (x - b[i]) / (RANGES[i][1] - RANGES[i][0])));
// Initial stabilities compared on a log scale (0.9 vs 0.2 days is as far apart as 25 vs 5.6).
const initialStabilityDistance = (a: readonly number[], b: readonly number[]) => Math.hypot(...[0, 1, 2, 3].map((i) => Math.log(a[i] / b[i])));

describe("fitting FSRS-6 weights to a synthetic learner", () => {
  const logs = simulateLearner({ seed: 18, cards: 800, days: 365, start: new Date("2025-01-01T00:00:00Z") });
  const heldOut = (cardId: string) => Number(cardId.slice("card-".length)) % 5 === 0;
  const utcDays = { timeZone: "UTC", rolloverHour: 0 };
  const train = buildTrainingSet(logs.filter((l) => !heldOut(l.cardId)), utcDays);
  const test = buildTrainingSet(logs.filter((l) => heldOut(l.cardId)), utcDays);

  it("predicts held-out reviews with lower log loss than the defaults, and lands nearer the generating weights", async () => {
    expect(train.items.length).toBeGreaterThan(3000);
    expect(test.items.length).toBeGreaterThan(600);
    const fit = await fitFsrs(train.items, DEFAULT_FSRS_WEIGHTS);
    expect(fit.proposed).toHaveLength(FSRS_WEIGHT_COUNT);
    expect(isBetterFit(fit)).toBe(true); // on the training cards

    const [defaults, fitted, generating] = await evaluateFsrs(test.items, [DEFAULT_FSRS_WEIGHTS, fit.proposed, GENERATING_WEIGHTS]);
    expect(fitted.logLoss).toBeLessThan(defaults.logLoss);
    expect(fitted.rmse).toBeLessThan(defaults.rmse);
    // The generating weights are the floor: the fit is between them and the defaults.
    expect(generating.logLoss).toBeLessThan(fitted.logLoss);

    expect(distance(fit.proposed, GENERATING_WEIGHTS)).toBeLessThan(distance(DEFAULT_FSRS_WEIGHTS, GENERATING_WEIGHTS));
    expect(initialStabilityDistance(fit.proposed, GENERATING_WEIGHTS)).toBeLessThan(initialStabilityDistance(DEFAULT_FSRS_WEIGHTS, GENERATING_WEIGHTS));
  });

  it("gives the same weights for the same learner (seeded simulation, deterministic optimizer)", async () => {
    const again = buildTrainingSet(simulateLearner({ seed: 18, cards: 200, days: 200, start: new Date("2025-01-01T00:00:00Z") }), utcDays);
    const [first, second] = await Promise.all([fitFsrs(again.items, DEFAULT_FSRS_WEIGHTS), fitFsrs(again.items, DEFAULT_FSRS_WEIGHTS)]);
    expect(second.proposed).toEqual(first.proposed);
  });

  it("rejects an empty training set without starting the optimizer", async () => {
    await expect(fitFsrs([], DEFAULT_FSRS_WEIGHTS)).rejects.toThrow("no training items");
  });
});
