// Every feedback code a grader can emit has a message in both languages, so a learner never sees a
// raw code, and the review screen, which gets only quiz.feedbackCodes, renders them as the quiz does.
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { pickMessages } from "@/components/i18n/pick-messages";
import { FeedbackList } from "@/components/quiz/feedback-list";
import { textProblems } from "../../support/visible-problems";

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
    );
}

const codes = new Set(
  ["lib/core/grading", "lib/core/kubectl"]
    .flatMap(sourceFiles)
    .flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/code: "([a-z-]+)"/g)].map((m) => m[1])),
);
const catalogue = (locale: string) =>
  JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8")) as Record<string, Record<string, unknown>>;
/** The namespaces app/review/layout.tsx gives the review screen. */
const REVIEW_NAMESPACES = fs.readFileSync("app/review/layout.tsx", "utf8").match(/namespaces=\{(\[[^\]]*\])\}/)![1];

/** The review screen's answer panel feedback as text, rendered with only the messages the review layout sends. */
function reviewFeedbackText(
  locale: string,
  feedback: { code: string; params?: Record<string, string | number> }[],
): string {
  const messages = pickMessages(catalogue(locale), JSON.parse(REVIEW_NAMESPACES) as string[]);
  const list = createElement(FeedbackList, { feedback });
  const html = renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, messages: messages as never, onError: () => {}, children: list }),
  );
  return html.replace(/<[^>]+>/g, "\n");
}

describe("grader feedback messages", () => {
  it.each(["ja", "en"])("%s has a message for every feedback code", (locale) => {
    const messages = catalogue(locale).quiz.feedbackCodes as Record<string, string>;
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((code) => !(code in messages))).toEqual([]);
  });

  it.each(["ja", "en"])("%s: the review screen shows every code as a message, never a raw code or key", (locale) => {
    const messages = catalogue(locale).quiz.feedbackCodes as Record<string, string>;
    const names = new Set(Object.values(messages).flatMap((m) => [...m.matchAll(/\{(\w+)/g)].map((p) => p[1])));
    const params = Object.fromEntries([...names].map((name) => [name, 2]));
    for (const code of codes) {
      const text = reviewFeedbackText(locale, [{ code, params }]).trim();
      expect(text, code).not.toBe(code);
      expect(textProblems(text), code).toEqual([]);
    }
  });

  it("tells a typo in an identifier apart from a wrong value, naming the expected one", () => {
    expect(reviewFeedbackText("en", [{ code: "typo", params: { expected: "ClusterFirst" } }])).toContain(
      "Typo: did you mean ClusterFirst?",
    );
    expect(reviewFeedbackText("ja", [{ code: "typo", params: { expected: "ClusterFirst" } }])).toContain(
      "ClusterFirst",
    );
    expect(reviewFeedbackText("en", [{ code: "wrong-answer", params: { expected: "ClusterFirst" } }])).not.toContain(
      "Typo",
    );
  });
});
