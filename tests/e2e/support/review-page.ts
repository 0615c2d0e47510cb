// The review screen as a learner's thumb uses it.
import type { Page } from "playwright-core";

export async function currentCardId(page: Page): Promise<string> {
  return (await page.getByTestId("card").getAttribute("data-card-id")) ?? "";
}

/** Reveals the card on screen; typed and kubectl cards get a (wrong) typed answer first. */
export async function revealByTapping(page: Page): Promise<void> {
  const typed = page.locator("#typed-answer");
  if (await typed.count()) {
    await typed.tap();
    await typed.fill("kubectl get pods");
    await page.getByRole("button", { name: /採点する|Check/ }).tap();
  } else {
    await page.getByTestId("card").tap();
  }
}
