// Names shared by the service worker (worker/sw.ts) and the page that fills its caches on a first
// visit (keep-page-offline.ts): they must agree, or an offline reload finds nothing.
export const PAGES_CACHE = "kubedrill-pages";
export const STATIC_CACHE = "kubedrill-static";
/** Pages a learner may open without a connection: home, a deck's review screen, the dashboard. */
export const OFFLINE_PAGES = /^\/(review\/[^/]+|dashboard)?$/;
