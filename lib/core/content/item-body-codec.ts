// The Item.body column (the learner-visible half of an item, see item-storage.ts) in and out of
// the database. Every writer encodes through encodeItemBody and every reader decodes through
// decodeItemBody, so a row of the wrong shape fails at the read with its type and path instead of
// showing an empty prompt, and no key outside the type's body (an answer) is ever written.
import { z } from "zod";
import type { DeckItemType } from "./deck-schema";
import type { StoredItemParts } from "./item-storage";
import { decodeItemColumn } from "./decode-item-column";

export type ItemBody = StoredItemParts["body"];
export type ItemBodyOf<T extends DeckItemType> = Extract<StoredItemParts, { type: T }>["body"];
/** Any type's body read field by field, every field optional: for readers that treat several types alike. */
export type AnyItemBody = Partial<
  ItemBodyOf<"basic"> & ItemBodyOf<"typed"> & ItemBodyOf<"choice"> & ItemBodyOf<"truefalse"> & ItemBodyOf<"ordering"> & ItemBodyOf<"kubectl"> & ItemBodyOf<"manifest">
>; // a cloze body has no fields

const BODY_SCHEMAS: { [T in DeckItemType]: z.ZodType<ItemBodyOf<T>> } = {
  basic: z.object({ front: z.string() }),
  cloze: z.object({}).transform((): Record<string, never> => ({})),
  typed: z.object({ prompt: z.string(), match: z.enum(["prose", "identifier"]) }),
  choice: z.object({ prompt: z.string(), multiple: z.boolean(), options: z.array(z.string()) }),
  truefalse: z.object({ statement: z.string() }),
  ordering: z.object({ prompt: z.string(), steps: z.array(z.string()) }),
  kubectl: z.object({ prompt: z.string() }),
  manifest: z.object({ prompt: z.string(), kind: z.string(), apiVersion: z.string(), starter: z.string().nullable() }),
};

/**
 * The body of an item of `type` as read back from the database (plain JSON, hence `unknown`).
 * Keys the type does not have are dropped; throws when the type is unknown or the body does not
 * have the shape encodeItemBody writes.
 */
export function decodeItemBody<T extends DeckItemType>(type: T, body: unknown): ItemBodyOf<T>;
export function decodeItemBody(type: string, body: unknown): ItemBody;
export function decodeItemBody(type: string, body: unknown): ItemBody {
  return decodeItemColumn("body", BODY_SCHEMAS as { [T in DeckItemType]: z.ZodType<ItemBody> }, type, body);
}

/** The JSON written to Item.body for an item of `type`: exactly the type's learner-visible keys. */
export function encodeItemBody<T extends DeckItemType>(type: T, body: ItemBodyOf<T>): ItemBodyOf<T> {
  const schema: z.ZodType<ItemBodyOf<T>> = BODY_SCHEMAS[type]; // TypeScript cannot index a mapped type by a generic key
  return schema.parse(body);
}
