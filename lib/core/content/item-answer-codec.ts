// The Item.answer column (the server-only half of an item, see item-storage.ts) read back from the
// database. Every reader decodes through decodeItemAnswer, so a row of the wrong shape fails at the
// read with its type and path instead of grading or revealing against an empty answer.
import { z } from "zod";
import type { AnswerKey } from "../grading/grade-answer";
import { manifestCheckSchema, type DeckItemType } from "./deck-schema";
import type { StoredItemParts } from "./item-storage";
import { decodeItemColumn } from "./decode-item-column";

export type ItemAnswerOf<T extends DeckItemType> = Extract<StoredItemParts, { type: T }>["answer"];

const forms = z.array(z.string());
const index = z.number().int().nonnegative();

const ANSWER_SCHEMAS: { [T in DeckItemType]: z.ZodType<ItemAnswerOf<T>> } = {
  basic: z.object({ back: z.string(), reversed: z.boolean() }),
  cloze: z.object({ text: z.string() }),
  typed: z.object({ answer: z.string(), accept: forms, match: z.enum(["prose", "identifier"]) }),
  choice: z.object({ correct: z.array(index), optionCount: index, multiple: z.boolean() }),
  truefalse: z.object({ answer: z.boolean() }),
  ordering: z.object({ stepCount: index, anyOrder: z.array(z.array(index)).optional() }),
  kubectl: z.object({ answer: z.string(), accept: forms }),
  manifest: z.object({
    kind: z.string(),
    apiVersion: z.string(),
    checks: z.array(manifestCheckSchema),
    solution: z.record(z.string(), z.unknown()),
  }),
};

/**
 * The answer of an item of `type` as read back from the database (plain JSON, hence `unknown`).
 * Keys the type does not have are dropped; throws when the type is unknown or the answer does not
 * have the shape toStoredItem writes.
 */
export function decodeItemAnswer<T extends DeckItemType>(type: T, answer: unknown): ItemAnswerOf<T>;
export function decodeItemAnswer(type: string, answer: unknown): StoredItemParts["answer"];
export function decodeItemAnswer(type: string, answer: unknown): StoredItemParts["answer"] {
  return decodeItemColumn("answer", ANSWER_SCHEMAS as { [T in DeckItemType]: z.ZodType<StoredItemParts["answer"]> }, type, answer);
}

/**
 * The grading key of a quiz item from its stored `type` and `answer` column. Returns null for
 * types that are never graded (basic, cloze); throws as decodeItemAnswer does.
 */
export function toAnswerKey(type: string, answer: unknown): AnswerKey | null {
  if (type === "basic" || type === "cloze") return null;
  const decoded = decodeItemAnswer(type, answer);
  if (type === "manifest") {
    const { solution: _solution, ...key } = decoded as ItemAnswerOf<"manifest">;
    return { type, ...key };
  }
  return { type, ...decoded } as AnswerKey;
}
