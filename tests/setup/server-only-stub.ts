// Tests import lib/server modules directly in Node; the real `server-only` package throws there.
export {};
