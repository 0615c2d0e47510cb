import "server-only";
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";
import type { Actor } from "../auth/current-user";
import { assertCanStudyDeck } from "../decks/can-study-deck";
import { renderMarkdown } from "../content/render-markdown";
import { renderItemNotes, type ItemNotes } from "../content/render-item-notes";
import { proposeRating, type ProposedRating } from "@/lib/core/grading/propose-rating";
import { gradeCardAnswer } from "./grade-card-answer";
import { keepFirstAnswer } from "./answer-reveals";
import { readCardToReveal } from "./read-path-statements";
import { diffWords, type DiffPart } from "@/lib/core/review/diff-words";
import { decodeItemParts } from "@/lib/core/content/decode-item-parts";

export type RevealedCard = ItemNotes & {
  cardId: string;
  answerHtml: string;
  grade: {
    verdict: string;
    score: number;
    feedback: { code: string; params?: Record<string, string | number> }[];
    proposedRating: ProposedRating;
    diff: DiffPart[];
  } | null;
};

/**
 * The answer side, asked for when the learner reveals the card (or submits a typed answer, which
 * is graded here). Nothing of it is sent before that moment. A typed or kubectl card's key comes
 * only with a graded answer (no answer = "show the answer" = graded as empty, so Again is proposed),
 * and in review the first answer at a point of the schedule is kept (answer-reveals.ts): asking
 * again, with a better answer, gets the first grade back. Cram is practice and grades every try.
 */
export async function revealCard(
  actor: Actor | null,
  cardId: string,
  answer: string | undefined,
  mode: "review" | "cram" = "review",
): Promise<RevealedCard> {
  const card = await readCardToReveal(cardId);
  await assertCanStudyDeck(actor, card && !card.retiredAt ? card.deck : null);
  const { item } = card!;
  const parts = decodeItemParts(item);
  const sides = cardSides(card!.kind as CardKind, card!.ordinal, parts);
  const typed = card!.kind === "typed" || card!.kind === "kubectl";
  const given = typed ? (answer ?? "") : answer;
  const kept =
    typed && mode === "review"
      ? await keepFirstAnswer(actor!.id, cardId, given!, (text) => gradeCardAnswer(item, card!.kind, text)!)
      : null;
  answer = kept ? kept.answer : given;
  const grade = kept ? kept.grade : gradeCardAnswer(item, card!.kind, answer);
  return {
    cardId,
    answerHtml: renderMarkdown(sides.answer),
    ...renderItemNotes(item),
    grade: grade && {
      verdict: grade.verdict,
      score: grade.score,
      feedback: grade.feedback,
      proposedRating: proposeRating(grade),
      diff: diffWords(answer ?? "", "answer" in parts.answer ? String(parts.answer.answer) : ""),
    },
  };
}
