import "server-only";
// Records one rating: idempotent on reviewId, refused when the learner saw an out-of-date state,
// written as CardState + an append-only ReviewLog row. Correct with any number of processes because
// the database decides: the log insert is ON CONFLICT (id) DO NOTHING, and the state moves only by
// a compare-and-set on reps, in one transaction that rolls the log row back when the state had
// moved. Each database has its writer, both with statements prepared once per connection: SQLite's
// in group commits, PostgreSQL's on a pool of their own beside Prisma's.
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";
import type { Actor } from "../auth/current-user";
import { isPostgres } from "../db/is-postgres";
import { reviewPayloadHash } from "./review-payload-hash";
import type { ReviewOutcome } from "./review-plan";
import { recordReviewOnPostgres } from "./review-writer-postgres";
import { recordReviewOnSqlite } from "./review-writer-sqlite";

export type { ReviewOutcome } from "./review-plan";

export function recordReview(actor: Actor, input: SubmitReviewInput, now: Date): Promise<ReviewOutcome> {
  const payloadHash = reviewPayloadHash(input);
  return isPostgres()
    ? recordReviewOnPostgres(actor, input, payloadHash, now)
    : recordReviewOnSqlite(actor, input, payloadHash, now);
}
