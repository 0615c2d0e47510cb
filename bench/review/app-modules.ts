// The app modules the in-process benchmarks call, gathered so they load as one module graph after
// DATABASE_URL is set (lib/server/db.ts reads it once, at import).
export { loadQueue, queueFromInputs, readQueueInputs } from "../../lib/server/reviews/load-queue";
export { getReviewQueue } from "../../lib/server/reviews/get-review-queue";
export { recordReview } from "../../lib/server/reviews/record-review";
export { studySettingsFor } from "../../lib/server/reviews/scheduler-settings-for";
export { db } from "../../lib/server/db";
