// Limits shared by the server schemas and the browser's outbox, in a module without zod so that the
// review page does not ship a validation library to the phone.
export const MAX_REVIEW_BATCH = 250;
export const MAX_ANSWER_CHARS = 4000;
export const MAX_DURATION_MS = 24 * 3600 * 1000;
