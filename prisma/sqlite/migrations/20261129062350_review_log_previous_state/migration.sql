/*
  Warnings:

  - Added the required column `previousState` to the `ReviewLog` table without a default value. This is not possible if the table is not empty.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'review',
    "rating" INTEGER NOT NULL,
    "previousState" TEXT NOT NULL,
    "verdict" TEXT,
    "score" REAL,
    "answer" TEXT,
    "stateBefore" JSONB NOT NULL,
    "stateAfter" JSONB NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "payloadHash" TEXT NOT NULL,
    "undoneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("answer", "cardId", "createdAt", "durationMs", "id", "kind", "payloadHash", "rating", "reviewedAt", "score", "stateAfter", "stateBefore", "undoneAt", "userId", "verdict") SELECT "answer", "cardId", "createdAt", "durationMs", "id", "kind", "payloadHash", "rating", "reviewedAt", "score", "stateAfter", "stateBefore", "undoneAt", "userId", "verdict" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_cardId_reviewedAt_idx" ON "ReviewLog"("userId", "cardId", "reviewedAt");
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
