import "server-only";
// Whose reviews a fit learns from and where its weights go. A learner's own weights serve every deck
// that has no retention of its own; a deck with its own retention is scheduled apart (like an Anki
// preset) and may have weights fitted to its reviews alone.
import { Prisma } from "@/generated/prisma/client";

export type FitScope = { userId: string; deckId: string | null };

/** The SQL condition on `l` (ReviewLog) and `c` (its Card) that picks the scope's reviews. */
export function scopeCondition(scope: FitScope): Prisma.Sql {
  if (scope.deckId !== null) return Prisma.sql`l."userId" = ${scope.userId} AND c."deckId" = ${scope.deckId}`;
  return Prisma.sql`l."userId" = ${scope.userId} AND NOT EXISTS (
    SELECT 1 FROM "UserDeckSetting" ds WHERE ds."userId" = l."userId" AND ds."deckId" = c."deckId" AND ds."desiredRetention" IS NOT NULL)`;
}

/** The reviews the optimizer trains on: live, ours or imported from Anki (TRAINED_KINDS). */
export const TRAINED_LOG = Prisma.sql`l."undoneAt" IS NULL AND l."kind" IN ('review', 'anki')`;
