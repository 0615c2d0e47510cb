// `npm run build`: the Next build plus what follows it (npm start does both when sources change).
import { spawnSync } from "node:child_process";
import { finishBuild } from "./lib/finish-build";

const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
finishBuild();
