// `npm run build`: the Next build plus what follows it, stamped with the sources it was built from
// (npm start builds by itself when the sources changed since).
import { build } from "./lib/build-if-stale";

try {
  build();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
