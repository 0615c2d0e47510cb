// Global setup of the `e2e-servers` project: its tests start app instances of their own (several
// at once, on SQLite and PostgreSQL, killed and restarted), so it only makes sure there is a
// current build and a browser — no shared server as the `e2e` project has.
import { buildIfStale } from "../../scripts/lib/build-if-stale";
import { findChromium } from "./support/chromium-path";

export default async function setup() {
  findChromium();
  await buildIfStale();
}
