import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = { "@": path.resolve(import.meta.dirname) };
// Integration tests that never touch the database (file formats, kubectl, Markdown) run once, in the
// SQLite pass; the PostgreSQL pass (TEST_DATABASE=postgresql) runs every other one again.
const DATABASE_FREE = [
  "anki-field-to-markdown",
  "fsrs-fit-synthetic",
  "anki-package",
  "anki-package-export",
  "anki-package-limits",
  "kubectl-flag-effects",
  "kubectl-oracle",
  "render-markdown-links",
];
const onPostgres = process.env.TEST_DATABASE === "postgresql";
// Browser-side tests that start app instances of their own (no shared server, several instances,
// killed and restarted): their own project and their own stage of `npm test`.
const OWN_SERVERS = [
  "tests/e2e/kill-9.test.ts",
  "tests/e2e/two-instances-postgres.test.ts",
  "tests/e2e/hot-route-parity.test.ts",
];
// `server-only` throws outside a React Server environment; tests run lib/server directly.
const serverOnly = { "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only-stub.ts") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env: { TZ: "UTC" } },
      },
      {
        resolve: { alias: { ...alias, ...serverOnly } },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: onPostgres ? DATABASE_FREE.map((name) => `tests/integration/${name}.test.ts`) : [],
          environment: "node",
          env: { TZ: "UTC" },
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/db-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          exclude: OWN_SERVERS,
          // The browser acts while the server writes in the background: give polls room on a busy CI machine.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e-servers",
          include: OWN_SERVERS,
          expect: { poll: { timeout: 15_000, interval: 100 } },
          environment: "node",
          globalSetup: ["tests/e2e/servers-setup.ts"],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
