import { answerResponseSchemas, type AnswerResponse } from "./answer-response-schema";
import { gradeChoice, type ChoiceKey } from "./grade-choice";
import { gradeKubectl, type KubectlKey } from "./grade-kubectl";
import { gradeManifest, type ManifestKey } from "./grade-manifest";
import { gradeOrdering, type OrderingKey } from "./grade-ordering";
import type { GradeResult } from "./grade-result";
import { gradeTrueFalse, type TrueFalseKey } from "./grade-true-false";
import { gradeTypedAnswer, type TypedAnswerKey } from "./grade-typed-answer";

export type { AnswerResponse };

/** Server-side answer data of a quiz item, one variant per item type; never sent to the browser. */
export type AnswerKey =
  | ({ type: "typed" } & TypedAnswerKey)
  | ({ type: "choice" } & ChoiceKey)
  | ({ type: "truefalse" } & TrueFalseKey)
  | ({ type: "ordering" } & OrderingKey)
  | ({ type: "kubectl" } & KubectlKey)
  | ({ type: "manifest" } & ManifestKey);

/**
 * Grades one answer: validates the response shape for the key's type with zod (a wrong shape is
 * `incorrect` with `invalid-response`, never a throw) and dispatches to the type's grader.
 * `response` should be an {@link AnswerResponse}; it is typed `unknown` because it comes from the
 * browser, so callers pass request data without a cast.
 */
export function gradeAnswer(key: AnswerKey, response: unknown): GradeResult {
  switch (key.type) {
    case "typed":
      return withShape(answerResponseSchemas.typed, response, (r) => gradeTypedAnswer(key, r.text));
    case "choice":
      return withShape(answerResponseSchemas.choice, response, (r) => gradeChoice(key, r.selected));
    case "truefalse":
      return withShape(answerResponseSchemas.truefalse, response, (r) => gradeTrueFalse(key, r.value));
    case "ordering":
      return withShape(answerResponseSchemas.ordering, response, (r) => gradeOrdering(key, r.order));
    case "kubectl":
      return withShape(answerResponseSchemas.kubectl, response, (r) => gradeKubectl(key, r.text));
    case "manifest":
      return withShape(answerResponseSchemas.manifest, response, (r) => gradeManifest(key, r.yaml));
    default:
      return invalidResponse();
  }
}

type Schema<T> = { safeParse: (value: unknown) => { success: true; data: T } | { success: false } };

function withShape<T>(schema: Schema<T>, response: unknown, grade: (valid: T) => GradeResult): GradeResult {
  const parsed = schema.safeParse(response);
  return parsed.success ? grade(parsed.data) : invalidResponse();
}

function invalidResponse(): GradeResult {
  return { verdict: "incorrect", score: 0, feedback: [{ code: "invalid-response" }] };
}
