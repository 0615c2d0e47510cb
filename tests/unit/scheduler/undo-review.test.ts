import { describe, expect, it } from "vitest";
import { schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { memoryStateSchema } from "@/lib/core/scheduler/memory-state";
import { scheduleReview } from "@/lib/core/scheduler/schedule-review";
import { SchedulerError } from "@/lib/core/scheduler/scheduler-error";
import { replayReviews, undoReview } from "@/lib/core/scheduler/undo-review";
import { answerSequence, withFuzz } from "./fixtures";

const history = answerSequence("card-5", [3, 3, 3, 2, 1, 3, 4, 1, 1, 3], withFuzz);

describe("undoReview", () => {
  it("undo restores the previous state exactly", () => {
    for (const log of history.logs) {
      expect(undoReview(log.stateAfter, log)).toEqual(log.stateBefore);
    }
  });

  it("undoing a lapse gives the lapse back", () => {
    const lapse = history.logs.find((log) => log.stateBefore.state === "review" && log.rating === 1)!;
    expect(lapse.stateAfter.lapses).toBe(lapse.stateBefore.lapses + 1);
    expect(undoReview(lapse.stateAfter, lapse).lapses).toBe(lapse.stateBefore.lapses);
  });

  it("undoing every answer from the latest back returns the new card", () => {
    const restored = [...history.logs].reverse().reduce((state, log) => undoReview(state, log), history.final);
    expect(restored).toEqual(history.initial);
  });

  it("undo refuses a log that is not the card's latest answer", () => {
    const error = (() => {
      try {
        undoReview(history.final, history.logs[2]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SchedulerError);
    expect((error as SchedulerError).code).toBe("STALE_STATE");
  });

  it("undo works on states read back from JSON", () => {
    const last = JSON.parse(JSON.stringify(history.logs.at(-1)));
    const log = {
      ...last,
      reviewedAt: new Date(last.reviewedAt),
      stateBefore: memoryStateSchema.parse(last.stateBefore),
      stateAfter: memoryStateSchema.parse(last.stateAfter),
    };
    expect(undoReview(memoryStateSchema.parse(last.stateAfter), log)).toEqual(history.logs.at(-1)!.stateBefore);
  });
});

describe("replayReviews", () => {
  it("replaying a card's log reproduces its state", () => {
    expect(replayReviews(history.initial, history.logs, withFuzz)).toEqual(history.final);
  });

  it("replaying with another retention gives another state", () => {
    const lower = schedulerSettings({ desiredRetention: 0.8 });
    const upToEasy = history.logs.findIndex((log) => log.rating === 4) + 1;
    const original = history.logs[upToEasy - 1].stateAfter;
    const replayed = replayReviews(history.initial, history.logs.slice(0, upToEasy), lower);
    expect(replayed.scheduledDays).toBeGreaterThan(original.scheduledDays);
  });

  it("replaying all but the last answer equals undoing the last answer", () => {
    const last = history.logs.at(-1)!;
    const replayed = replayReviews(history.initial, history.logs.slice(0, -1), withFuzz);
    expect(replayed).toEqual(undoReview(history.final, last));
  });

  it("a replayed answer carries the same fuzz as the original", () => {
    const log = history.logs.find((l) => l.stateAfter.scheduledDays >= 3)!;
    const again = scheduleReview({
      state: log.stateBefore,
      rating: log.rating,
      now: log.reviewedAt,
      settings: withFuzz,
      seed: log.seed,
    });
    expect(again.next).toEqual(log.stateAfter);
  });
});
