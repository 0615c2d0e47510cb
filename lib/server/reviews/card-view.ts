import "server-only";
import { reviewSeed } from "@/lib/core/scheduler/review-seed";
import { cardSides, type AnswerInput, type CardKind } from "@/lib/core/review/card-sides";
import { previewIntervals } from "@/lib/core/scheduler/schedule-review";
import type { MemoryState } from "@/lib/core/scheduler/memory-state";
import { retrievabilityAt, type SchedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { renderMarkdown } from "../content/render-markdown";
import { decodeItemParts } from "@/lib/core/content/decode-item-parts";

/** What a learner's browser receives for a card before answering: never the answer side. */
export type CardView = {
  cardId: string;
  itemType: string;
  section: string;
  input: AnswerInput;
  promptHtml: string;
  expectedReps: number;
  state: MemoryState["state"];
  leech: boolean;
  intervals: { rating: 1 | 2 | 3 | 4; label: string }[];
  /** The card's memory for its info panel: FSRS stability (days), difficulty (1–10), recall probability now. Null for new cards. */
  memory: {
    stability: number;
    difficulty: number;
    recall: number;
    reps: number;
    lapses: number;
    due: string;
    lastReview: string | null;
  } | null;
};

export type CardRow = {
  id: string;
  kind: string;
  ordinal: number;
  item: { type: string; section: string; body: unknown; answer: unknown };
};

export function buildCardView(
  card: CardRow,
  memory: MemoryState,
  leech: boolean,
  settings: SchedulerSettings,
  locale: "ja" | "en",
  now: Date,
): CardView {
  const sides = cardSides(card.kind as CardKind, card.ordinal, decodeItemParts(card.item));
  const intervals = previewIntervals({
    state: memory,
    now,
    settings,
    seed: reviewSeed(card.id, memory.reps),
    locale,
  }).map((p) => ({ rating: p.rating, label: p.label }));
  return {
    cardId: card.id,
    itemType: card.item.type,
    section: card.item.section,
    input: sides.input,
    promptHtml: renderMarkdown(sides.prompt),
    expectedReps: memory.reps,
    state: memory.state,
    leech,
    intervals,
    memory:
      memory.state === "new"
        ? null
        : {
            stability: memory.stability,
            difficulty: memory.difficulty,
            recall: retrievabilityAt(memory, now, settings),
            reps: memory.reps,
            lapses: memory.lapses,
            due: memory.due.toISOString(),
            lastReview: memory.lastReview?.toISOString() ?? null,
          },
  };
}
