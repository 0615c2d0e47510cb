import "server-only";
import { newMemoryState, type CardStateName, type MemoryState } from "@/lib/core/scheduler/memory-state";

type CardStateRow = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: string;
  lastReview: Date | null;
};

/** A CardState row as the scheduler's MemoryState; no row means a new card. */
export function memoryFromRow(row: CardStateRow | null, now: Date): MemoryState {
  if (!row) return newMemoryState(now);
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardStateName,
    lastReview: row.lastReview,
  };
}

export function rowFromMemory(state: MemoryState) {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: state.elapsedDays,
    scheduledDays: state.scheduledDays,
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    lastReview: state.lastReview,
  };
}

/** JSON-safe form for the log's stateBefore/stateAfter columns. */
export function memoryToJson(state: MemoryState) {
  return { ...rowFromMemory(state), due: state.due.toISOString(), lastReview: state.lastReview?.toISOString() ?? null };
}
