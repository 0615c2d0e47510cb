import type { DeckItemType } from "./deck-schema";
import { decodeItemAnswer, type ItemAnswerOf } from "./item-answer-codec";
import { decodeItemBody, type ItemBodyOf } from "./item-body-codec";

/** Both JSON columns of an Item row, checked against its type (see the two codecs). */
export function decodeItemParts<T extends DeckItemType>(item: { type: T; body: unknown; answer: unknown }): { body: ItemBodyOf<T>; answer: ItemAnswerOf<T> };
export function decodeItemParts(item: { type: string; body: unknown; answer: unknown }): { body: ItemBodyOf<DeckItemType>; answer: ItemAnswerOf<DeckItemType> };
export function decodeItemParts(item: { type: string; body: unknown; answer: unknown }) {
  return { body: decodeItemBody(item.type, item.body), answer: decodeItemAnswer(item.type, item.answer) };
}
