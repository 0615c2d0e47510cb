import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Debian's Chromium (or CHROMIUM_PATH); never a downloaded browser. Throws one actionable line. */
export function findChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (fs.existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
  }
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!found)
    throw new Error(
      "Browser tests need Chromium: run `sudo apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH",
    );
  return found;
}
