import "server-only";
// A learner's own review log as Anki revlog CSV (lib/core/optimizer/revlog-csv.ts), for the FSRS
// tools or another app.
import { revlogCsv } from "@/lib/core/optimizer/revlog-csv";
import type { CardStateName } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";

export async function exportRevlogCsv(actor: Actor | null): Promise<string> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const rows = await db.reviewLog.findMany({
    where: { userId: actor.id, undoneAt: null, kind: { in: ["review", "anki"] } },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { cardId: true, rating: true, reviewedAt: true, previousState: true, kind: true, durationMs: true },
  });
  return revlogCsv(rows.map((row) => ({ ...row, previousState: row.previousState as CardStateName, undone: false })));
}
