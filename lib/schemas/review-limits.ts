// Limits shared by the server schemas and the browser's outbox (both through submit-review.ts).
export const MAX_REVIEW_BATCH = 250;
export const MAX_ANSWER_CHARS = 4000;
export const MAX_DURATION_MS = 24 * 3600 * 1000;
