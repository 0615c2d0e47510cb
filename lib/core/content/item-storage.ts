// How a parsed deck item is split for the database: `body` is what a learner may see before
// answering (it may be sent to the browser), `answer` is everything needed to reveal and grade it
// (server-only). Keeping the split in one pure place means no page can leak an answer by reading
// the wrong column.
import { contentHash } from "./content-hash";
import type { DeckItem, DeckItemOf, DeckItemType, ManifestCheck } from "./deck-schema";
import { flattenSteps } from "./flatten-steps";

type ItemParts<B, A> = { body: B; answer: A };

/** Learner-visible and server-only parts, per item type. */
export type StoredItemParts =
  | ({ type: "basic" } & ItemParts<{ front: string }, { back: string; reversed: boolean }>)
  // The cloze text holds the answers; the server masks the deletions of one card when showing it.
  | ({ type: "cloze" } & ItemParts<Record<string, never>, { text: string }>)
  | ({ type: "typed" } & ItemParts<{ prompt: string; match: "prose" | "identifier" }, { answer: string; accept: string[]; match: "prose" | "identifier" }>)
  | ({ type: "choice" } & ItemParts<{ prompt: string; multiple: boolean; options: string[] }, { correct: number[]; optionCount: number; multiple: boolean }>)
  | ({ type: "truefalse" } & ItemParts<{ statement: string }, { answer: boolean }>)
  // Steps are in the author's (correct) order, anyOrder groups flattened in place (their indexes
  // go to the answer); the server shuffles them for every attempt.
  | ({ type: "ordering" } & ItemParts<{ prompt: string; steps: string[] }, { stepCount: number; anyOrder?: number[][] }>)
  | ({ type: "kubectl" } & ItemParts<{ prompt: string }, { answer: string; accept: string[] }>)
  | ({ type: "manifest" } & ItemParts<
      { prompt: string; kind: string; apiVersion: string; starter: string | null },
      { kind: string; apiVersion: string; checks: ManifestCheck[]; solution: Record<string, unknown> }
    >);

export type StoredItemBody = StoredItemParts["body"];
export type StoredItemAnswer = StoredItemParts["answer"];

/** The columns of an Item row that come from the deck file. */
export type StoredItem = {
  key: string;
  type: DeckItemType;
  section: string;
  position: number;
  body: StoredItemBody;
  answer: StoredItemAnswer;
  explanation: string;
  sources: { notes: string; url?: string };
  correction: { claimed: string; actual: string } | null;
  contentHash: string;
};

/**
 * Splits a parsed item into the columns of its Item row. `body` never holds an answer, an
 * accepted form, a correctness flag or a solution; those go to `answer`.
 */
export function toStoredItem(item: DeckItem): StoredItem {
  const { body, answer } = splitItem(item);
  return {
    key: item.id,
    type: item.type,
    section: item.section,
    position: item.position,
    body,
    answer,
    explanation: item.explanation ?? "",
    sources: item.source ? { ...item.source } : { notes: "" },
    correction: item.correction ? { ...item.correction } : null,
    contentHash: contentHash(item),
  };
}

function splitItem(item: DeckItem): StoredItemParts {
  switch (item.type) {
    case "basic":
      return { type: "basic", body: { front: item.front }, answer: { back: item.back, reversed: item.reversed ?? false } };
    case "cloze":
      return { type: "cloze", body: {}, answer: { text: item.text } };
    case "typed": {
      const match = item.match ?? "prose";
      return { type: "typed", body: { prompt: item.prompt, match }, answer: { answer: item.answer, accept: item.accept ?? [], match } };
    }
    case "choice":
      return splitChoice(item);
    case "truefalse":
      return { type: "truefalse", body: { statement: item.statement }, answer: { answer: item.answer } };
    case "ordering": {
      const { steps, anyOrder } = flattenSteps(item.steps);
      // No `anyOrder` key without groups: the answer of an item written before groups existed stays as it was.
      return { type: "ordering", body: { prompt: item.prompt, steps }, answer: { stepCount: steps.length, ...(anyOrder.length > 0 ? { anyOrder } : {}) } };
    }
    case "kubectl":
      return { type: "kubectl", body: { prompt: item.prompt }, answer: { answer: item.answer, accept: item.accept ?? [] } };
    case "manifest":
      return {
        type: "manifest",
        body: { prompt: item.prompt, kind: item.kind, apiVersion: item.apiVersion, starter: item.starter ?? null },
        answer: { kind: item.kind, apiVersion: item.apiVersion, checks: item.checks.map((c) => ({ ...c })), solution: item.solution },
      };
  }
}

function splitChoice(item: DeckItemOf<"choice">): StoredItemParts {
  const multiple = item.multiple ?? false;
  const correct = item.options.flatMap((option, index) => (option.correct ? [index] : []));
  return {
    type: "choice",
    body: { prompt: item.prompt, multiple, options: item.options.map((option) => option.text) },
    answer: { correct, optionCount: item.options.length, multiple },
  };
}
