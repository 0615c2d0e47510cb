import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { renderMarkdown } from "../content/render-markdown";
import { isClosed, loadOwnAttempt } from "./load-attempt";
import { finishIfTimeIsUp } from "./finish-quiz";
import { decodeItemBody, type AnyItemBody } from "@/lib/core/content/item-body-codec";

/** One question as the learner's browser receives it: prompt, shuffled options or steps, never a key. */
export type QuizQuestionView = {
  index: number;
  type: string;
  section: string;
  promptHtml: string;
  options?: string[];
  multiple?: boolean;
  steps?: string[];
  starter?: string | null;
  kind?: string;
  answered: boolean;
  /** Practice mode only, once answered. */
  verdict?: string;
  /** Exam mode: the learner's own saved response (as sent), so a reload shows every saved answer. */
  response?: unknown;
};

/** `serverNow` lets the browser count down against the server's clock, whatever its own says. */
export type QuizView = {
  attemptId: string;
  mode: string;
  deadline: string | null;
  serverNow: string;
  closed: boolean;
  questions: QuizQuestionView[];
};

export async function getQuizForLearner(actor: Actor | null, attemptId: string, now: Date): Promise<QuizView> {
  const loaded = await loadOwnAttempt(actor, attemptId);
  const timeUp = await finishIfTimeIsUp(actor, loaded, now);
  const attempt = timeUp && !loaded.finishedAt ? await loadOwnAttempt(actor, attemptId) : loaded;
  const questions = attempt.plan.questions;
  const items = await db.item.findMany({
    where: { id: { in: questions.map((q) => q.itemId) } },
    select: { id: true, type: true, section: true, body: true },
  });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const answers = new Map(attempt.answers.map((a) => [a.itemId, a]));
  return {
    attemptId: attempt.id,
    mode: attempt.mode,
    deadline: attempt.deadline?.toISOString() ?? null,
    serverNow: now.toISOString(),
    closed: isClosed(attempt, now),
    questions: questions.map((plan, index) => {
      const item = itemById.get(plan.itemId)!;
      const body: AnyItemBody = decodeItemBody(item.type, item.body);
      const answer = answers.get(plan.itemId);
      return {
        index,
        type: plan.type,
        section: item.section,
        promptHtml: renderMarkdown(body.prompt ?? body.statement ?? ""),
        ...(plan.optionOrder && body.options
          ? {
              options: plan.optionOrder.map((i) => renderMarkdown(body.options![i], { inline: true })),
              multiple: !!body.multiple,
            }
          : {}),
        ...(plan.stepOrder && body.steps
          ? { steps: plan.stepOrder.map((i) => renderMarkdown(body.steps![i], { inline: true })) }
          : {}),
        ...(plan.type === "manifest" ? { starter: body.starter ?? null, kind: body.kind } : {}),
        answered: !!answer,
        ...(answer && attempt.mode === "practice" ? { verdict: answer.verdict } : {}),
        ...(answer && attempt.mode === "exam" ? { response: answer.response } : {}),
      };
    }),
  };
}
