// The accounts and data the accessibility pass needs, made once through the real UI and actions:
// a learner with a few reviews and two quizzes (one running, one finished), an instructor with a
// published deck, an API token and a class, and the admin. Browser contexts get the sessions as cookies.
import crypto from "node:crypto";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { uniqueEmail, STRONG_PASSWORD } from "./accounts";
import { createAccount, signedIn } from "./http-accounts";
import { createInstructor } from "./instructor";
import { DESKTOP } from "./browser";
import { waitForHydration } from "./settle";

export type Role = "anonymous" | "learner" | "instructor" | "admin";
export type Fixtures = {
  sessionTokens: Record<Exclude<Role, "anonymous">, string>;
  deckSlug: string;
  classPath: string;
  joinPath: string;
  quizPath: string;
  resultsPath: string;
};

const freshIp = () => `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

export async function openContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions,
  role: Role,
  fixtures: Fixtures,
  locale = "ja",
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, baseURL });
  const cookies = [{ name: "NEXT_LOCALE", value: locale, url: baseURL }];
  if (role !== "anonymous")
    cookies.push({ name: "next-auth.session-token", value: fixtures.sessionTokens[role], url: baseURL });
  await context.addCookies(cookies);
  return context;
}

/** Answers a few cards with the keyboard (Space or a typed answer, then "3") so the learner has history. */
async function reviewSomeCards(page: Page, count: number): Promise<void> {
  await page.goto("/review/kubernetes-workloads");
  await waitForHydration(page); // keys reach React
  for (let i = 0; i < count; i++) {
    const card = page.getByTestId("card");
    const before = await card.getAttribute("data-card-id");
    if (await page.locator("#typed-answer").count()) {
      await page.locator("#typed-answer").fill("kubectl get pods");
      await page.keyboard.press("Enter");
    } else await page.keyboard.press("Space");
    await page.locator('[data-rating="3"]').waitFor();
    await page.keyboard.press("3");
    await page.waitForFunction(
      (id) => document.querySelector("[data-testid=card]")?.getAttribute("data-card-id") !== id,
      before,
    );
  }
}

/** A choice or true/false question needs a pick before it can be sent; other types may go empty. */
export async function pickAnyAnswer(page: Page): Promise<void> {
  const pick = page.locator("[data-testid=question] [role=radio], [data-testid=question] fieldset input").first();
  if (await pick.count()) await pick.click();
}

async function startQuiz(page: Page): Promise<string> {
  await page.goto("/quiz?deck=kubernetes-workloads");
  await waitForHydration(page); // the form's action is React's
  await page.getByRole("button", { name: "開始する" }).click();
  await page.waitForURL(/\/quiz\/[^/]+$/);
  await page.getByTestId("quiz").waitFor();
  return new URL(page.url()).pathname;
}

async function prepareLearner(browser: Browser, baseURL: string, fixtures: Fixtures): Promise<void> {
  const context = await openContext(browser, baseURL, DESKTOP, "learner", fixtures);
  const page = await context.newPage();
  await reviewSomeCards(page, 3);
  fixtures.quizPath = await startQuiz(page);
  const finished = await startQuiz(page);
  await pickAnyAnswer(page);
  await page.getByRole("button", { name: "回答する" }).click();
  await page.getByTestId("answer-status").waitFor();
  await page.getByRole("button", { name: "終了して採点" }).click();
  await page.waitForURL(/\/results$/);
  fixtures.resultsPath = `${finished}/results`;
  await context.close();
}

async function prepareInstructor(browser: Browser, baseURL: string, fixtures: Fixtures): Promise<void> {
  const context = await openContext(browser, baseURL, DESKTOP, "instructor", fixtures);
  const page = await context.newPage();
  const slug = fixtures.deckSlug;
  await page.goto("/instructor");
  await waitForHydration(page);
  await page.locator("#title").fill("A11y ワークロード");
  await page.locator("#slug").fill(slug);
  await page.getByRole("button", { name: "デッキを作る" }).click();
  await page.waitForURL(`**/instructor/decks/${slug}`);
  await page.goto(`/instructor/decks/${slug}/items?type=basic&section=general`);
  await waitForHydration(page);
  await page.locator("#field-id").fill("a11y-basic");
  await page.locator("#field-front").fill("同じ Pod のコンテナ同士はどのアドレスで通信する？");
  await page.locator("#field-back").fill("`localhost`");
  await page.getByRole("button", { name: "下書きに保存" }).click();
  await page.waitForURL(new RegExp(`/instructor/decks/${slug}\\?saved=`));
  await page.getByRole("button", { name: "公開する" }).click();
  await page.getByText("公開しました。").waitFor();

  await page.goto("/instructor/tokens");
  await waitForHydration(page);
  await page.locator("#name").fill("ci");
  await page.getByRole("button", { name: "トークンを作る" }).click();
  await page.getByTestId("new-token").waitFor();

  await page.goto("/instructor/classes");
  await waitForHydration(page);
  await page.locator("#name").fill("A11y クラス");
  await page.getByRole("button", { name: "作成する" }).click();
  await page.waitForURL("**/instructor/classes/*");
  fixtures.classPath = new URL(page.url()).pathname;
  await page.getByRole("checkbox", { name: /A11y ワークロード/ }).check();
  await page.getByRole("button", { name: "デッキを保存" }).click();
  await page.getByText("保存しました。").waitFor();
  fixtures.joinPath = new URL(await page.locator("#invite-url").inputValue()).pathname;
  await context.close();
}

export async function createFixtures(
  browser: Browser,
  baseURL: string,
  admin: { email: string; password: string },
): Promise<Fixtures> {
  const [learner, instructor, adminSession] = await Promise.all([
    createAccount(baseURL, uniqueEmail("a11y-learner"), STRONG_PASSWORD, freshIp()),
    createInstructor(baseURL, admin),
    signedIn(baseURL, admin.email, admin.password, freshIp()),
  ]);
  const token = (session: { sessionToken(): string | undefined }) => session.sessionToken() ?? "";
  const fixtures: Fixtures = {
    sessionTokens: { learner: token(learner), instructor: token(instructor.session), admin: token(adminSession) },
    deckSlug: `a11y-${crypto.randomUUID().slice(0, 6)}`,
    classPath: "",
    joinPath: "",
    quizPath: "",
    resultsPath: "",
  };
  await Promise.all([prepareInstructor(browser, baseURL, fixtures), prepareLearner(browser, baseURL, fixtures)]); // independent of each other
  return fixtures;
}
