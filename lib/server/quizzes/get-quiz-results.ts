import "server-only";
import { stringify } from "yaml";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { renderMarkdown } from "../content/render-markdown";
import { renderItemNotes, type ItemNotes } from "../content/render-item-notes";
import { isClosed, loadOwnAttempt } from "./load-attempt";

export type QuizResultRow = ItemNotes & {
  index: number;
  type: string;
  section: string;
  promptHtml: string;
  verdict: string;
  score: number;
  feedback: { code: string; params?: Record<string, string | number> }[];
  correctHtml: string;
};

type Body = { prompt?: string; statement?: string; options?: string[]; steps?: string[] };
type Answer = { answer?: unknown; correct?: number[]; solution?: unknown };

function correctAnswerMarkdown(type: string, body: Body, answer: Answer): string {
  if (type === "choice") return (answer.correct ?? []).map((i) => `- ${body.options?.[i] ?? ""}`).join("\n");
  if (type === "ordering") return (body.steps ?? []).map((step, i) => `${i + 1}. ${step}`).join("\n");
  if (type === "truefalse") return answer.answer ? "✓ true / 正しい" : "✗ false / 誤り";
  if (type === "kubectl") return "```bash\n" + String(answer.answer) + "\n```";
  if (type === "manifest") return "```yaml\n" + stringify(answer.solution) + "```";
  return "`" + String(answer.answer ?? "") + "`";
}

/** Results with answers and explanations: only for a closed attempt, only to its owner. */
export async function getQuizResults(actor: Actor | null, attemptId: string, now: Date) {
  const attempt = await loadOwnAttempt(actor, attemptId);
  if (!isClosed(attempt, now)) throw new AppError("CONFLICT", { message: "attempt-open" });
  const items = await db.item.findMany({ where: { id: { in: attempt.plan.questions.map((q) => q.itemId) } } });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const answers = new Map(attempt.answers.map((a) => [a.itemId, a]));
  const rows: QuizResultRow[] = attempt.plan.questions.map((plan, index) => {
    const item = itemById.get(plan.itemId)!;
    const body = item.body as Body;
    const given = answers.get(plan.itemId);
    return {
      index,
      type: item.type,
      section: item.section,
      promptHtml: renderMarkdown(body.prompt ?? body.statement ?? ""),
      verdict: given?.verdict ?? "unanswered",
      score: given?.score ?? 0,
      feedback: (given?.feedback as QuizResultRow["feedback"]) ?? [],
      correctHtml: renderMarkdown(correctAnswerMarkdown(item.type, body, item.answer as Answer)),
      ...renderItemNotes(item),
    };
  });
  const score = rows.reduce((sum, r) => sum + r.score, 0) / Math.max(1, rows.length);
  return { attemptId, mode: attempt.mode, score, rows, deckId: attempt.deckId };
}
