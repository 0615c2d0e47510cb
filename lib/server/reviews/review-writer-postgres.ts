import "server-only";
// Records ratings on PostgreSQL: the same statements and plan as on SQLite (review-statements.ts,
// review-plan.ts) as named prepared statements on the review pool (db/postgres-connection.ts),
// each review its own transaction on its own connection. The reads run before the transaction, so
// here the compare-and-set and the id-idempotent insert are what catch a rating recorded meanwhile
// by another request or instance.
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";
import type { Actor } from "../auth/session-actor";
import { getEnv } from "../env";
import { inDatabaseTurn } from "../db/database-turn";
import { inPostgresTransaction, postgresChanged, postgresPool, postgresRows } from "../db/postgres-connection";
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

/** Thrown inside the writing transaction to roll it back: another rating moved the card first. */
class StaleState extends Error {}

export async function recordReviewOnPostgres(
  actor: Actor,
  input: SubmitReviewInput,
  payloadHash: string,
  now: Date,
): Promise<ReviewOutcome> {
  const pool = postgresPool(getEnv().DATABASE_URL);
  const context = async () =>
    parseReviewContext((await postgresRows<ReviewContextRow>(pool, readReviewContext(actor.id, input.cardId)))[0]);
  const answerLogged = async (): Promise<ReviewOutcome | null> => {
    const previous = parseLoggedReview(
      (await postgresRows<LoggedReviewRow>(pool, findLoggedReview(input.reviewId)))[0],
    );
    return previous
      ? loggedOutcome(previous, actor, input, payloadHash, (await context())?.state?.leech ?? false)
      : null;
  };
  return inDatabaseTurn(async () => {
    const logged = await answerLogged();
    if (logged) return logged;
    const plan = planReview(actor, input, await context(), payloadHash, now);
    // The state may have moved because this very review was just recorded through another process.
    if ("done" in plan)
      return plan.done.status === "conflict" && plan.done.code === "stale-state"
        ? ((await answerLogged()) ?? plan.done)
        : plan.done;
    const { log, next, flags, firstState, expectedReps } = plan.write;
    const written = await inPostgresTransaction(pool, async (client) => {
      if ((await postgresChanged(client, insertReviewLog(log, now))) === 0) return "logged-meanwhile" as const;
      const moved = await postgresChanged(
        client,
        firstState
          ? insertFirstCardState(actor.id, input.cardId, next, flags, now)
          : advanceCardState(actor.id, input.cardId, expectedReps, next, flags, now),
      );
      if (moved === 0) throw new StaleState();
      return "recorded" as const;
    }).catch((error: unknown) => {
      if (error instanceof StaleState) return "stale" as const;
      throw error;
    });
    if (written === "logged-meanwhile") return (await answerLogged())!;
    if (written === "stale")
      return (await answerLogged()) ?? staleOutcome(input, (await context())?.state?.reps ?? expectedReps);
    return plan.recorded;
  });
}
