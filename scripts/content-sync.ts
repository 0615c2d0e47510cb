// `npm run content:sync`: loads content/decks into the database named by DATABASE_URL (default
// ./data/kubedrill.db). Migrations are not applied here: run `npm run db:migrate` (or start) first.
// Exit code 1, with every `file:line:column: message`, when a deck has errors; nothing is written then.
import { syncBuiltInDecks } from "./lib/sync-built-in-decks";

async function main() {
  try {
    await import("server-only");
  } catch {
    // lib/server starts with `import "server-only"`, which only loads under the react-server condition.
    throw new Error("run this script as `tsx --conditions=react-server scripts/content-sync.ts`");
  }
  await syncBuiltInDecks({ details: true });
}

main().catch((error: Error) => {
  console.error(`content:sync failed: ${error.message}`);
  process.exitCode = 1;
});
