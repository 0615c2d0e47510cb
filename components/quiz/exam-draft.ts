// Pure helpers for exam drafts: what counts as answered, and what the device keeps between reloads.
import type { QuizQuestionView } from "@/lib/server/quizzes/get-quiz-for-learner";
import type { Draft } from "./question-input";

/** True when the learner has given an answer (an untouched ordering or starter manifest is not one). */
export function hasAnswer(question: QuizQuestionView, draft: Draft | undefined): boolean {
  if (!draft) return false;
  switch (question.type) {
    case "choice":
      return (draft.selected?.length ?? 0) > 0;
    case "truefalse":
      return typeof draft.value === "boolean";
    case "ordering":
      return Array.isArray(draft.order);
    case "manifest":
      return typeof draft.yaml === "string" && draft.yaml.trim() !== "" && draft.yaml !== (question.starter ?? "");
    default:
      return typeof draft.text === "string" && draft.text.trim() !== "";
  }
}

/** A saved exam response is the draft it was made from (both use the grader's field names). */
export function draftFromResponse(response: unknown): Draft | undefined {
  if (!response || typeof response !== "object") return undefined;
  const r = response as Record<string, unknown>;
  const draft: Draft = {};
  if (typeof r.text === "string") draft.text = r.text;
  if (Array.isArray(r.selected)) draft.selected = r.selected.filter((i): i is number => Number.isInteger(i));
  if (typeof r.value === "boolean") draft.value = r.value;
  if (Array.isArray(r.order)) draft.order = r.order.filter((i): i is number => Number.isInteger(i));
  if (typeof r.yaml === "string") draft.yaml = r.yaml;
  return draft;
}

export type KeptExam = { drafts: Record<number, Draft>; unsaved: number[]; flags: number[] };

const key = (attemptId: string) => `kubedrill:exam:${attemptId}`;

/** What this device kept of an attempt (answers not yet saved, flags); empty when nothing or unreadable. */
export function readKeptExam(attemptId: string): KeptExam {
  try {
    const kept = JSON.parse(localStorage.getItem(key(attemptId)) ?? "null") as Partial<KeptExam> | null;
    return { drafts: kept?.drafts ?? {}, unsaved: kept?.unsaved ?? [], flags: kept?.flags ?? [] };
  } catch {
    return { drafts: {}, unsaved: [], flags: [] };
  }
}

export function writeKeptExam(attemptId: string, kept: KeptExam): void {
  try {
    localStorage.setItem(key(attemptId), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the server copy is still the one that counts.
  }
}

export function forgetKeptExam(attemptId: string): void {
  try {
    localStorage.removeItem(key(attemptId));
  } catch {
    // Nothing to forget.
  }
}
