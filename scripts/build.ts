// `npm run build`: the Next build plus the service worker bundle (npm start does both when sources change).
import { spawnSync } from "node:child_process";
import { buildServiceWorker } from "./lib/build-service-worker";

const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
buildServiceWorker();
