// The offline review outbox: ratings are queued on the device and sent in order, in batches.
export type { OutboxStore, OutboxReview, PendingReview, ConflictRecord, ConflictCode } from "./outbox-store";
export type { Outcome, OutcomeStatus } from "./sort-outcomes";
export type { SendBatch, SendResult, SyncOptions, SyncSummary, SyncStop } from "./sync-outbox";
export { createIndexedDbOutboxStore } from "./indexeddb-outbox-store";
export { createMemoryOutboxStore } from "./memory-outbox-store";
export { enqueueReview } from "./enqueue-review";
export { syncOutbox } from "./sync-outbox";
export { deliverReview, type Delivery } from "./deliver-review";
export { fetchSend } from "./fetch-send";
