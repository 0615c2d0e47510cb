// Runs once when the server starts: open the database now, so a bad data file or a setting that did
// not take stops the server with one line instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { verifyDatabaseOnBoot } = await import("./lib/server/db/verify-on-boot");
  await verifyDatabaseOnBoot();
  // Automatic FSRS re-fits (issue 18): a timer in the background, never in a request.
  const { startFsrsFitSweeps } = await import("./lib/server/fsrs/queue-auto-fits");
  startFsrsFitSweeps();
}
