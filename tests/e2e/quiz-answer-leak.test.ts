// Answers never reach the browser before submission: 20 generated quizzes; the action's response,
// the page HTML and the RSC payload are searched for every answer, accepted variant, solution and
// explanation of their questions (raw, NFKC, JSON-escaped and HTML-escaped).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { stringify } from "yaml";
import { describe, expect, inject, it } from "vitest";
import { callServerAction } from "./support/server-actions";
import { action, createAccount } from "./support/http-accounts";
import { uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");
const dataDir = inject("dataDir");
const QUIZZES = 20;

type ItemRow = { id: string; type: string; body: string; answer: string; explanation: string };

function itemsOf(attemptId: string): ItemRow[] {
  const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
  try {
    const plan = JSON.parse(
      (db.prepare('SELECT plan FROM "QuizAttempt" WHERE id = ?').get(attemptId) as { plan: string }).plan,
    ) as { questions: { itemId: string }[] };
    return plan.questions.map(
      (q) => db.prepare('SELECT id, type, body, answer, explanation FROM "Item" WHERE id = ?').get(q.itemId) as ItemRow,
    );
  } finally {
    db.close();
  }
}

// Text the page shows on purpose: every question's visible body in the quiz and the UI strings. A
// one-word answer such as "StatefulSet" that another question's prompt also uses is not a leak.
const UI_TEXT = ["ja", "en"].map((locale) => fs.readFileSync(`messages/${locale}.json`, "utf8")).join("\n");

/** What must stay on the server for one item, less what the page shows anyway. */
function secretsOf(item: ItemRow, visible: string): string[] {
  const answer = JSON.parse(item.answer) as { answer?: unknown; accept?: string[]; solution?: unknown };
  const candidates = [item.explanation.slice(0, 40)];
  if (typeof answer.answer === "string") candidates.push(answer.answer, ...(answer.accept ?? []));
  if (answer.solution)
    candidates.push(
      ...stringify(answer.solution)
        .split("\n")
        .filter((line) => line.trim().length > 12),
    );
  return candidates
    .map((s) => s.trim())
    .filter((s) => s.length >= 4 && !visible.includes(s) && !visible.includes(JSON.stringify(s).slice(1, -1)));
}

const variants = (secret: string) => [
  secret,
  secret.normalize("NFKC"),
  JSON.stringify(secret).slice(1, -1),
  secret
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;"),
];

describe("quiz answers stay on the server", () => {
  it(`finds no answer in any response of ${QUIZZES} generated quizzes before submission`, async () => {
    const learner = await createAccount(baseURL, uniqueEmail("leak"), "leak-test-password-1");
    let searched = 0;
    let secrets = 0;
    const hits: string[] = [];
    for (let n = 0; n < QUIZZES; n++) {
      const created = await callServerAction(
        learner,
        action("createQuizAction"),
        { deckSlug: "kubernetes-workloads", length: "10", mode: n % 2 ? "exam" : "practice" },
        true,
      );
      const quizPath = created.redirect?.split(";")[0];
      expect(quizPath).toMatch(/^\/quiz\/\w+$/);
      const attemptId = quizPath!.split("/").pop()!;
      const html = await (await learner.fetch(quizPath!)).text();
      const rsc = await (await learner.fetch(quizPath!, { headers: { RSC: "1" } })).text();
      expect(html).toContain('data-testid="quiz"');
      const responses = [created.text, html, rsc];
      searched += responses.length;
      const items = itemsOf(attemptId);
      const visible = items.map((i) => i.body).join("\n") + UI_TEXT;
      for (const item of items) {
        for (const secret of secretsOf(item, visible)) {
          secrets++;
          for (const text of responses)
            if (variants(secret).some((v) => text.includes(v)))
              hits.push(`${item.type} ${item.id}: ${secret.slice(0, 60)}`);
        }
      }
    }
    console.info(
      `answer leak test: ${QUIZZES} quizzes, ${searched} responses, ${secrets} secrets searched in 4 forms each, ${hits.length} hits`,
    );
    expect(secrets).toBeGreaterThan(100);
    expect(hits).toEqual([]);
  });
});
