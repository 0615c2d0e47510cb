import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { findChromium } from "./chromium-path";

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
export const SCREENSHOT_DIR = path.resolve("tests/.tmp/screenshots");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Saved for people to look at (tests/.tmp/screenshots), never compared pixel by pixel. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** True when the page scrolls sideways: a phone layout must never do that. */
export function hasHorizontalOverflow(page: Page): Promise<boolean> {
  // Against the configured viewport: a mobile browser widens its layout viewport (window.innerWidth)
  // to fit content that is too wide, which would hide the overflow.
  const width = page.viewportSize()!.width;
  return page.evaluate((viewportWidth) => document.documentElement.scrollWidth > viewportWidth + 1, width);
}
