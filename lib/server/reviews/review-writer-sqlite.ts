import "server-only";
// Records ratings on SQLite: each review is a few statements prepared once on the review
// connection (db/sqlite-connection.ts), run synchronously inside a savepoint of a group
// transaction (db/group-commit.ts), so ratings that arrive together share one fsync. The reads run
// inside the write transaction, so what they see cannot change before the writes; the
// compare-and-set and the id-idempotent insert still decide, as they must with other processes.
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";
import type { Actor } from "../auth/current-user";
import { getEnv } from "../env";
import { groupCommitFor, type GroupWriter } from "../db/group-commit";
import { changedRows, readRow } from "../db/sqlite-connection";
import { loggedOutcome, planReview, staleOutcome, type ReviewOutcome } from "./review-plan";
import {
  advanceCardState,
  findLoggedReview,
  insertFirstCardState,
  insertReviewLog,
  parseLoggedReview,
  parseReviewContext,
  readReviewContext,
  type LoggedReviewRow,
  type ReviewContextRow,
} from "./review-statements";

export function recordReviewOnSqlite(
  actor: Actor,
  input: SubmitReviewInput,
  payloadHash: string,
  now: Date,
): Promise<ReviewOutcome> {
  return groupCommitFor(getEnv().databaseFile!)((writer) => writeReview(writer, actor, input, payloadHash, now));
}

function writeReview(
  { connection, undo }: GroupWriter,
  actor: Actor,
  input: SubmitReviewInput,
  payloadHash: string,
  now: Date,
): ReviewOutcome {
  const context = () =>
    parseReviewContext(readRow<ReviewContextRow>(connection, readReviewContext(actor.id, input.cardId)));
  const logged = () => parseLoggedReview(readRow<LoggedReviewRow>(connection, findLoggedReview(input.reviewId)));
  const answerLogged = () => {
    const previous = logged();
    return previous ? loggedOutcome(previous, actor, input, payloadHash, context()?.state?.leech ?? false) : null;
  };
  const already = answerLogged();
  if (already) return already;
  const plan = planReview(actor, input, context(), payloadHash, now);
  if ("done" in plan) return plan.done;
  const { log, next, flags, firstState, expectedReps } = plan.write;
  if (changedRows(connection, insertReviewLog(log, now)) === 0) return answerLogged()!;
  const moved = changedRows(
    connection,
    firstState
      ? insertFirstCardState(actor.id, input.cardId, next, flags, now)
      : advanceCardState(actor.id, input.cardId, expectedReps, next, flags, now),
  );
  if (moved === 0) {
    undo(); // the log row goes with it
    return staleOutcome(input, context()?.state?.reps ?? expectedReps);
  }
  return plan.recorded;
}
