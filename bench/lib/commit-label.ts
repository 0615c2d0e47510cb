import { execFileSync } from "node:child_process";

/** "abc1234" or "abc1234 + uncommitted changes": which code a printed figure belongs to. */
export function commitLabel(root: string): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).trim() !== "";
    return `${head}${dirty ? " + uncommitted changes" : ""}`;
  } catch {
    return "unknown commit"; // not a git checkout
  }
}
