import "server-only";
import { toAnswerKey } from "@/lib/core/content/item-answer-codec";
import { gradeAnswer } from "@/lib/core/grading/grade-answer";
import type { GradeResult } from "@/lib/core/grading/grade-result";

/** Grades a typed or kubectl card's answer on the server; null for cards answered by revealing. */
export function gradeCardAnswer(
  item: { type: string; answer: unknown },
  cardKind: string,
  text: string | undefined,
): GradeResult | null {
  if (text === undefined || (cardKind !== "typed" && cardKind !== "kubectl")) return null;
  const key = toAnswerKey(item.type, item.answer);
  if (!key) return null;
  return gradeAnswer(key, { text });
}
