// Everything the review screen keeps on the device, in one lazily loaded module (see load-device.ts).
export { createIndexedDbOutboxStore, deliverReview, enqueueReview, fetchSend, syncOutbox } from "../outbox";
export { loadPack, removeFromPack, savePack } from "./pack-store";
