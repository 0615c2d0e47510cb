-- AlterTable
ALTER TABLE "User" ADD COLUMN     "fsrsParams" TEXT;

-- AlterTable
ALTER TABLE "UserDeckSetting" ADD COLUMN     "fsrsParams" TEXT;

-- CreateTable
CREATE TABLE "FsrsFit" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "deckId" TEXT,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "logCount" INTEGER,
    "reviewCount" INTEGER,
    "itemCount" INTEGER,
    "currentParams" TEXT,
    "currentLogLoss" DOUBLE PRECISION,
    "currentRmse" DOUBLE PRECISION,
    "fittedParams" TEXT,
    "fittedLogLoss" DOUBLE PRECISION,
    "fittedRmse" DOUBLE PRECISION,
    "applied" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,

    CONSTRAINT "FsrsFit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FsrsFit_userId_deckId_requestedAt_idx" ON "FsrsFit"("userId", "deckId", "requestedAt");

-- CreateIndex
CREATE INDEX "FsrsFit_status_requestedAt_idx" ON "FsrsFit"("status", "requestedAt");

-- AddForeignKey
ALTER TABLE "FsrsFit" ADD CONSTRAINT "FsrsFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FsrsFit" ADD CONSTRAINT "FsrsFit_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
