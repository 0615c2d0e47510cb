// Waiting until a page is what its user sees, by events rather than Playwright's "networkidle"
// (which always waits 500 ms of silence, and counts Next's link prefetches too).
import type { Page, Request } from "playwright-core";

/** Next's <Link> prefetches of other pages: they change nothing on this one. */
const isPrefetch = (request: Request) => request.headers()["next-router-prefetch"] !== undefined;

/**
 * Resolves once React has hydrated `selector` (React attaches its fiber to an element as it hydrates
 * it, and the app has no Suspense boundary that could hydrate later) and the page has gone idle, so
 * the effects of that first render have run.
 */
export async function waitForHydration(page: Page, selector = "main"): Promise<void> {
  await page.waitForFunction((sel) => {
    const hydrated = (el: Element | null) => !!el && Object.keys(el).some((key) => key.startsWith("__reactFiber$"));
    return document.readyState === "complete" && hydrated(document.body) && hydrated(document.querySelector(sel));
  }, selector);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
}

/**
 * Watches the page's own fetches from now on; `settled()` resolves once React has hydrated, every
 * fetch the page made (except prefetches) has answered, and the page has gone idle after the last.
 */
export function watchPage(page: Page): { settled(): Promise<void> } {
  const inFlight = new Set<Request>();
  page.on("request", (request) => {
    if (["fetch", "xhr"].includes(request.resourceType()) && !isPrefetch(request)) inFlight.add(request);
  });
  const done = (request: Request) => inFlight.delete(request);
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return {
    async settled() {
      await waitForHydration(page);
      while (inFlight.size > 0) {
        await Promise.race([...inFlight].map((request) => request.response().then((response) => response?.finished())));
        await page.evaluate(
          () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })),
        );
      }
    },
  };
}
