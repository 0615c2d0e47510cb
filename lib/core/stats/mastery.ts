/**
 * A card counts as mastered once its FSRS stability reaches 21 days: stability is the interval
 * after which recall falls to 90%, so the learner would still recall it nine times in ten three
 * weeks after the last review. 21 days is also where Anki calls a card "mature", which learners
 * coming from Anki already know.
 */
export const MATURE_STABILITY_DAYS = 21;

/** new: never answered; learning: in (re)learning steps; young: review, stability < 21 d; mature: review, ≥ 21 d. */
export type MasteryLevel = "new" | "learning" | "young" | "mature";
export const MASTERY_LEVELS: readonly MasteryLevel[] = ["new", "learning", "young", "mature"];

/** The level of one card from its CardState (null state = no row yet). */
export function masteryLevel(state: string | null, stability: number): MasteryLevel {
  if (state === null || state === "new") return "new";
  if (state !== "review") return "learning";
  return stability >= MATURE_STABILITY_DAYS ? "mature" : "young";
}

export type MasteryCountRow = { section: string; level: MasteryLevel; count: number };
export type SectionMastery = {
  sectionId: string;
  title: string;
  counts: Record<MasteryLevel, number>;
  total: number;
  /** Share of the section's live cards that are mature; 0 for a section without cards. */
  mastered: number;
};

const zeroCounts = (): Record<MasteryLevel, number> => ({ new: 0, learning: 0, young: 0, mature: 0 });

/**
 * Mastery per section in the order of the deck's notes. Cards of a section the deck no longer
 * lists (renamed in the front matter) come last under their id rather than being lost.
 */
export function masteryBySection(
  sections: readonly { id: string; title: string }[],
  rows: readonly MasteryCountRow[],
): SectionMastery[] {
  const counts = new Map(sections.map((s) => [s.id, zeroCounts()]));
  for (const row of rows) {
    const section = counts.get(row.section) ?? zeroCounts();
    section[row.level] += row.count;
    counts.set(row.section, section);
  }
  const titles = new Map(sections.map((s) => [s.id, s.title]));
  return [...counts].map(([sectionId, c]) => {
    const total = c.new + c.learning + c.young + c.mature;
    return {
      sectionId,
      title: titles.get(sectionId) ?? sectionId,
      counts: c,
      total,
      mastered: total === 0 ? 0 : c.mature / total,
    };
  });
}
