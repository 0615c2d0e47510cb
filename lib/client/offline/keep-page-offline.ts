// A first visit is loaded before the service worker exists, so neither the page nor its scripts
// went through it and an offline reload would find nothing. Once the worker is active, this puts
// the page and every script, stylesheet and font it loaded into the worker's caches.
import { OFFLINE_PAGES, PAGES_CACHE, STATIC_CACHE } from "./offline-caches";

export async function keepPageOffline(): Promise<void> {
  if (!("caches" in window) || !OFFLINE_PAGES.test(location.pathname)) return;
  const statics = await caches.open(STATIC_CACHE);
  const keep = (urls: string[]) =>
    Promise.all(
      urls
        .filter((url) => url.startsWith(`${location.origin}/_next/static/`))
        .map(async (url) => {
          if (!(await statics.match(url))) await statics.add(url).catch(() => undefined);
        }),
    );
  // `ready` can resolve before the worker controls this page, so a chunk loaded in between also
  // went past it: keep whatever the page loads from now on as well, not only what it had loaded.
  if ("PerformanceObserver" in window) {
    new PerformanceObserver((list) => void keep(list.getEntries().map((entry) => entry.name))).observe({
      type: "resource",
    });
  }
  await keep(performance.getEntriesByType("resource").map((entry) => entry.name));
  const page = `${location.origin}${location.pathname}`;
  const pages = await caches.open(PAGES_CACHE);
  if (!(await pages.match(page))) {
    const response = await fetch(page, { credentials: "same-origin" });
    if (response.ok) await pages.put(page, response);
  }
  document.documentElement.dataset.offlineReady = "true";
}
