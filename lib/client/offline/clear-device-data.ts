import { PAGES_CACHE } from "./offline-caches";

// On sign-out: the cached pages and the offline packs (card answers) leave the device. The outbox of
// unsent ratings stays: it belongs to the same learner and is sent the next time they sign in.
export async function clearDeviceData(): Promise<void> {
  try {
    if ("caches" in window)
      await Promise.all(
        (await caches.keys()).filter((name) => name === PAGES_CACHE).map((name) => caches.delete(name)),
      );
    const databases = (await indexedDB.databases?.()) ?? [];
    await Promise.all(
      databases
        .filter((db) => db.name?.startsWith("kubedrill-offline-"))
        .map(
          (db) =>
            new Promise((resolve) => {
              const request = indexedDB.deleteDatabase(db.name!);
              request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
            }),
        ),
    );
  } catch {
    // Best effort: a browser without these APIs has nothing of ours stored in them.
  }
}
