import { z } from "zod";

/**
 * Shapes of a learner's answer per item type, validated before grading because they arrive from
 * the browser. Lengths are generous upper bounds that keep grading cheap; the manifest text is
 * left unbounded here because the manifest grader reports its own size limit (`unsafe-yaml`).
 */
export const MAX_TYPED_ANSWER_LENGTH = 1_000;
export const MAX_COMMAND_LENGTH = 4_000;
const MAX_INDEXES = 64;

const indexes = z.array(z.number().int().nonnegative()).max(MAX_INDEXES);

export const answerResponseSchemas = {
  typed: z.object({ text: z.string().max(MAX_TYPED_ANSWER_LENGTH) }),
  choice: z.object({ selected: indexes }),
  truefalse: z.object({ value: z.boolean() }),
  ordering: z.object({ order: indexes }),
  kubectl: z.object({ text: z.string().max(MAX_COMMAND_LENGTH) }),
  manifest: z.object({ yaml: z.string() }),
} as const;

export type AnswerResponseByType = {
  [Type in keyof typeof answerResponseSchemas]: z.infer<(typeof answerResponseSchemas)[Type]>;
};
export type AnswerResponse = AnswerResponseByType[keyof AnswerResponseByType];
