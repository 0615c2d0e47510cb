import { gradeOrdering } from "../grading/grade-ordering";

/** The server-side plan of one attempt: which items, in which order, with options and steps shuffled. */
export type QuizQuestionPlan = { itemId: string; type: string; optionOrder?: number[]; stepOrder?: number[] };

export type QuizCandidate = {
  itemId: string;
  type: string;
  section: string;
  optionCount?: number;
  stepCount?: number;
  anyOrder?: number[][];
};

export const QUIZ_TYPES = ["typed", "choice", "truefalse", "ordering", "kubectl", "manifest"] as const;
export type QuizType = (typeof QUIZ_TYPES)[number];

/** mulberry32 seeded from a string: the same seed always gives the same attempt. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Picks up to `length` questions from the candidates matching the chosen sections and types,
 * spreading them over the types present, and shuffles questions, options and steps.
 * An ordering question never starts in a correct order (its anyOrder groups allow several).
 */
export function planQuiz(input: {
  candidates: QuizCandidate[];
  sections?: string[];
  types?: string[];
  length: number;
  seed: string;
}): QuizQuestionPlan[] {
  const random = seededRandom(input.seed);
  const pool = input.candidates.filter(
    (c) =>
      (!input.sections?.length || input.sections.includes(c.section)) &&
      (!input.types?.length || input.types.includes(c.type)),
  );
  const byType = new Map<string, QuizCandidate[]>();
  for (const candidate of shuffle(pool, random))
    byType.set(candidate.type, [...(byType.get(candidate.type) ?? []), candidate]);
  const picked: QuizCandidate[] = [];
  while (picked.length < input.length && [...byType.values()].some((list) => list.length)) {
    for (const list of byType.values()) if (list.length && picked.length < input.length) picked.push(list.shift()!);
  }
  return shuffle(picked, random).map((c) => ({
    itemId: c.itemId,
    type: c.type,
    ...(c.optionCount ? { optionOrder: shuffle(range(c.optionCount), random) } : {}),
    ...(c.stepCount ? { stepOrder: scrambled(c.stepCount, c.anyOrder, random) } : {}),
  }));
}

function scrambled(n: number, anyOrder: number[][] | undefined, random: () => number): number[] {
  const isSolved = (order: number[]) => gradeOrdering({ stepCount: n, anyOrder }, order).verdict === "correct";
  for (let attempt = 0; attempt < 10; attempt++) {
    const order = shuffle(range(n), random);
    if (!isSolved(order)) return order;
  }
  // The reversed order is never valid: the deck format requires at least two blocks in a fixed order.
  return range(n).reverse();
}

/**
 * Maps what the learner answered on shuffled options/steps back to the author's indexes, which
 * is what the grader's keys use.
 */
export function unshuffleResponse(plan: QuizQuestionPlan, response: unknown): unknown {
  // Anything but an object is passed through for the grader's shape check to refuse.
  if (response === null || typeof response !== "object" || Array.isArray(response)) return response;
  const r = response as { selected?: unknown; order?: unknown };
  const mapped = (order: number[] | undefined, shown: unknown) =>
    Array.isArray(shown) && order
      ? shown.map((i) => (Number.isInteger(i) && i >= 0 && i < order.length ? order[i] : -1))
      : shown;
  if (plan.type === "choice") return { ...(response as object), selected: mapped(plan.optionOrder, r.selected) };
  if (plan.type === "ordering") return { ...(response as object), order: mapped(plan.stepOrder, r.order) };
  return response;
}
