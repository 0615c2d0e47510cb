import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { renderMarkdown } from "../content/render-markdown";
import { renderItemNotes, type ItemNotes } from "../content/render-item-notes";
import { isClosed, loadOwnAttempt } from "./load-attempt";
import { finishIfTimeIsUp } from "./finish-quiz";
import { correctAnswerMarkdown, DEFAULT_ANSWER_LABELS, ownAnswerMarkdown, type AnswerLabels } from "./answer-markdown";
import { decodeItemBody, type AnyItemBody } from "@/lib/core/content/item-body-codec";
import { decodeItemAnswer } from "@/lib/core/content/item-answer-codec";

export type QuizResultRow = ItemNotes & {
  index: number;
  type: string;
  section: string;
  promptHtml: string;
  verdict: string;
  score: number;
  feedback: { code: string; params?: Record<string, string | number> }[];
  correctHtml: string;
  /** The learner's own answer, beside the correct one; null when unanswered. */
  ownHtml: string | null;
};

/** Results with answers and explanations: only for a closed attempt, only to its owner. */
export async function getQuizResults(
  actor: Actor | null,
  attemptId: string,
  now: Date,
  labels: AnswerLabels = DEFAULT_ANSWER_LABELS,
) {
  const loaded = await loadOwnAttempt(actor, attemptId);
  const timeUp = await finishIfTimeIsUp(actor, loaded, now);
  if (!timeUp && !isClosed(loaded, now)) throw new AppError("CONFLICT", { message: "attempt-open" });
  const attempt = timeUp && !loaded.finishedAt ? await loadOwnAttempt(actor, attemptId) : loaded;
  const deck = await db.deck.findUniqueOrThrow({ where: { id: attempt.deckId }, select: { slug: true } });
  const items = await db.item.findMany({ where: { id: { in: attempt.plan.questions.map((q) => q.itemId) } } });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const answers = new Map(attempt.answers.map((a) => [a.itemId, a]));
  const rows: QuizResultRow[] = attempt.plan.questions.map((plan, index) => {
    const item = itemById.get(plan.itemId)!;
    const body: AnyItemBody = decodeItemBody(item.type, item.body);
    const given = answers.get(plan.itemId);
    return {
      index,
      type: item.type,
      section: item.section,
      promptHtml: renderMarkdown(body.prompt ?? body.statement ?? ""),
      verdict: given?.verdict ?? "unanswered",
      score: given?.score ?? 0,
      feedback: (given?.feedback as QuizResultRow["feedback"]) ?? [],
      correctHtml: renderMarkdown(
        correctAnswerMarkdown(item.type, body, decodeItemAnswer(item.type, item.answer), labels),
      ),
      ownHtml: given
        ? (() => {
            const own = ownAnswerMarkdown(plan, body, given.response, labels);
            return own === null ? null : renderMarkdown(own);
          })()
        : null,
      ...renderItemNotes(item),
    };
  });
  const score = rows.reduce((sum, r) => sum + r.score, 0) / Math.max(1, rows.length);
  return { attemptId, mode: attempt.mode, score, rows, deckId: attempt.deckId, deckSlug: deck.slug };
}
