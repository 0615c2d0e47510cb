import "server-only";
import { stringify } from "yaml";
import { orderingStepsMarkdown } from "@/lib/core/content/ordering-steps-markdown";
import type { QuizQuestionPlan } from "@/lib/core/quiz/plan-quiz";
import type { AnyItemBody } from "@/lib/core/content/item-body-codec";

/** Any type's decoded answer (decodeItemAnswer), read field by field. */
type Answer = Record<string, unknown> & {
  answer?: unknown;
  correct?: number[];
  solution?: unknown;
  anyOrder?: number[][];
};
/** Words of the answers in the UI's language (quiz.true, quiz.false, quiz.anyOrder). */
export type AnswerLabels = { true: string; false: string; anyOrder: string };
export const DEFAULT_ANSWER_LABELS: AnswerLabels = { true: "true", false: "false", anyOrder: "any order" };

/** The correct answer of an item as Markdown, for practice feedback and results (after answering only). */
export function correctAnswerMarkdown(type: string, body: AnyItemBody, answer: Answer, labels: AnswerLabels): string {
  if (type === "choice") return (answer.correct ?? []).map((i) => `- ${body.options?.[i] ?? ""}`).join("\n");
  if (type === "ordering") return orderingStepsMarkdown(body.steps ?? [], answer.anyOrder ?? [], labels.anyOrder);
  if (type === "truefalse") return answer.answer ? `✓ ${labels.true}` : `✗ ${labels.false}`;
  if (type === "kubectl") return "```bash\n" + String(answer.answer) + "\n```";
  if (type === "manifest") return "```yaml\n" + stringify(answer.solution) + "```";
  return "`" + String(answer.answer ?? "") + "`";
}

/**
 * The learner's own stored response as Markdown, in the item's terms: shown option and step
 * indexes are mapped back through the attempt's shuffles. Null when nothing was answered.
 */
export function ownAnswerMarkdown(
  plan: QuizQuestionPlan,
  body: AnyItemBody,
  response: unknown,
  labels: AnswerLabels,
): string | null {
  if (response === null || typeof response !== "object") return null;
  const r = response as { text?: unknown; selected?: unknown; value?: unknown; order?: unknown; yaml?: unknown };
  const original = (order: number[] | undefined, shown: unknown) =>
    Array.isArray(shown) ? shown.map((i) => (order && Number.isInteger(i) ? order[i as number] : (i as number))) : [];
  switch (plan.type) {
    case "choice": {
      const picked = original(plan.optionOrder, r.selected);
      return picked.length ? picked.map((i) => `- ${body.options?.[i] ?? "?"}`).join("\n") : null;
    }
    case "ordering": {
      const order = original(plan.stepOrder, r.order);
      return order.length ? order.map((i, n) => `${n + 1}. ${body.steps?.[i] ?? "?"}`).join("\n") : null;
    }
    case "truefalse":
      return typeof r.value === "boolean" ? (r.value ? `✓ ${labels.true}` : `✗ ${labels.false}`) : null;
    case "kubectl":
      return typeof r.text === "string" && r.text.trim() ? "```bash\n" + r.text + "\n```" : null;
    case "manifest":
      return typeof r.yaml === "string" && r.yaml.trim() ? "```yaml\n" + r.yaml + "\n```" : null;
    default:
      return typeof r.text === "string" && r.text.trim() ? "`" + r.text.replace(/`/g, "'") + "`" : null;
  }
}
