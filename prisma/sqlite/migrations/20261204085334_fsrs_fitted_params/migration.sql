-- AlterTable
ALTER TABLE "User" ADD COLUMN "fsrsParams" TEXT;

-- AlterTable
ALTER TABLE "UserDeckSetting" ADD COLUMN "fsrsParams" TEXT;

-- CreateTable
CREATE TABLE "FsrsFit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "deckId" TEXT,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "requestedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "logCount" INTEGER,
    "reviewCount" INTEGER,
    "itemCount" INTEGER,
    "currentParams" TEXT,
    "currentLogLoss" REAL,
    "currentRmse" REAL,
    "fittedParams" TEXT,
    "fittedLogLoss" REAL,
    "fittedRmse" REAL,
    "applied" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    CONSTRAINT "FsrsFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FsrsFit_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FsrsFit_userId_deckId_requestedAt_idx" ON "FsrsFit"("userId", "deckId", "requestedAt");

-- CreateIndex
CREATE INDEX "FsrsFit_status_requestedAt_idx" ON "FsrsFit"("status", "requestedAt");
