import type { SubmitReviewInput } from "@/lib/schemas/submit-review";

/** A rating waiting in the outbox, exactly as it will be sent; its reviewId was made when the learner rated. */
export type OutboxReview = SubmitReviewInput;

/** `seq` is the order the learner rated in: one card's reviews carry increasing expectedReps and must reach the server in that order. */
export type PendingReview = { reviewId: string; seq: number; enqueuedAt: number; review: OutboxReview };

/** Why the server refused a review for good; kept so the review screen can show it, never dropped silently. */
export type ConflictCode = "stale-state" | "suspended" | "mismatch" | "gone" | "invalid";

export type ConflictRecord = {
  reviewId: string;
  review: OutboxReview;
  code: ConflictCode;
  /** The card's reps on the server when it refused a stale review. */
  serverReps?: number;
  issues?: string[];
  movedAt: number;
};

/**
 * Where unsent ratings live (IndexedDB in the browser, memory in tests). `name` identifies the
 * learner's outbox so tabs of the same learner can share one sync lock.
 */
export type OutboxStore = {
  readonly name: string;
  /** Adds a review at the end of the queue; a reviewId already queued is kept where it is. */
  put(review: OutboxReview, enqueuedAt: number): Promise<void>;
  /** The oldest `limit` pending reviews, in the order they were made. */
  list(limit: number): Promise<PendingReview[]>;
  remove(reviewIds: string[]): Promise<void>;
  /** Moves reviews from the queue to the conflicts table in one step. */
  markConflicts(records: ConflictRecord[]): Promise<void>;
  count(): Promise<number>;
  listConflicts(): Promise<ConflictRecord[]>;
  dismissConflicts(reviewIds: string[]): Promise<void>;
};
