/// <reference lib="webworker" />
// The service worker (Serwist): app shell and static assets cached so that the review page reloads
// without a connection. Learner data (due cards, outbox) lives in IndexedDB, not here, and API
// answers are never cached: they carry card answers and must not outlive a sign-out in a cache.
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate } from "serwist";
import { OFFLINE_PAGES, PAGES_CACHE, STATIC_CACHE } from "../lib/client/offline/offline-caches";

const serwist = new Serwist({
  precacheEntries: [],
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * 24 * 3600 })],
      }),
    },
    {
      // Pages learners open offline: the network first (fresh counts, fresh nonce), the last copy when there is none.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && OFFLINE_PAGES.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: 5,
        plugins: [new ExpirationPlugin({ maxEntries: 20 })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin && (url.pathname.startsWith("/icons/") || url.pathname === "/manifest.webmanifest"),
      handler: new StaleWhileRevalidate({ cacheName: "kubedrill-assets" }),
    },
  ],
});

serwist.addEventListeners();
