import "server-only";
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { renderMarkdown } from "../content/render-markdown";
import { renderItemNotes, type ItemNotes } from "../content/render-item-notes";
import { gradeCardAnswer, proposedRating } from "./grade-card-answer";
import { diffWords, type DiffPart } from "@/lib/core/review/diff-words";

const expectedText = (answer: unknown) => String((answer as { answer?: unknown }).answer ?? "");

export type RevealedCard = ItemNotes & {
  cardId: string;
  answerHtml: string;
  grade: { verdict: string; score: number; feedback: { code: string; params?: Record<string, string | number> }[]; proposedRating: 1 | 2 | 3; diff: DiffPart[] } | null;
};

/**
 * The answer side, asked for when the learner reveals the card (or submits a typed answer, which
 * is graded here). Nothing of it is sent before that moment.
 */
export async function revealCard(actor: Actor | null, cardId: string, answer: string | undefined): Promise<RevealedCard> {
  const card = await db.card.findUnique({
    where: { id: cardId },
    select: { id: true, kind: true, ordinal: true, retiredAt: true, deck: { select: { ...DECK_ACCESS_SELECT } }, item: { select: { type: true, body: true, answer: true, explanation: true, sources: true, correction: true } } },
  });
  await assertCanStudyDeck(actor, card && !card.retiredAt ? card.deck : null);
  const { item } = card!;
  const sides = cardSides(card!.kind as CardKind, card!.ordinal, item as { body: Record<string, unknown>; answer: Record<string, unknown> });
  const grade = gradeCardAnswer(item, card!.kind, answer);
  return {
    cardId,
    answerHtml: renderMarkdown(sides.answer),
    ...renderItemNotes(item),
    grade: grade && {
      verdict: grade.verdict,
      score: grade.score,
      feedback: grade.feedback,
      proposedRating: proposedRating(grade),
      diff: diffWords(answer ?? "", expectedText(item.answer)),
    },
  };
}
