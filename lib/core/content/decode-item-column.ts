import type { z } from "zod";
import type { DeckItemType } from "./deck-schema";

/**
 * One JSON column of an Item row, parsed with its type's schema. Throws, naming the column, the
 * type and the first bad field, when the type is unknown or the value has another shape.
 */
export function decodeItemColumn<V>(column: "body" | "answer", schemas: { [T in DeckItemType]: z.ZodType<V> }, type: string, value: unknown): V {
  if (!Object.hasOwn(schemas, type)) throw new Error(`stored ${column} of an item of unknown type "${type}"`);
  const parsed = schemas[type as DeckItemType].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`stored ${column} of a "${type}" item is malformed: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}
