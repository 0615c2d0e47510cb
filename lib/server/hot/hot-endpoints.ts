// The endpoints the custom server answers itself, before Next (serve-hot-routes.ts). Kept apart so
// that health (which Next serves) can say whether this process does, and tests can list them.
// Written as the route listing names them (`[param]` for a path segment).
export const HOT_ENDPOINTS = [
  "POST /api/v1/reviews",
  "GET /api/v1/decks/[slug]/queue",
  "POST /api/v1/cards/[cardId]/reveal",
] as const;

const shared = globalThis as unknown as { kubedrillHotEndpoints?: readonly string[] };

/** Called by the custom server once it answers them (set on globalThis: Next's bundle reads it). */
export function markHotEndpointsServed(): void {
  shared.kubedrillHotEndpoints = HOT_ENDPOINTS;
}

/** What this process answers before Next: empty under `npm run dev` and with HOT_ROUTES=0. */
export function hotEndpointsServed(): readonly string[] {
  return shared.kubedrillHotEndpoints ?? [];
}
