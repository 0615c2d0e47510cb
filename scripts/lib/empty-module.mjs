// Stands in for `server-only` in the hot-routes bundle (scripts/lib/build-hot-routes.ts).
