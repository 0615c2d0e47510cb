import "server-only";
import crypto from "node:crypto";
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";

/** What makes two submissions "the same review": a retry must match it exactly, or it is refused. */
export function reviewPayloadHash(input: SubmitReviewInput): string {
  const canonical = JSON.stringify([
    input.cardId,
    input.rating,
    input.expectedReps,
    new Date(input.reviewedAt).toISOString(),
    input.answer ?? null,
  ]);
  return crypto.createHash("sha256").update(canonical).digest("base64url");
}
