-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "language" TEXT NOT NULL DEFAULT 'ja',
    "kubernetesVersion" TEXT,
    "origin" TEXT NOT NULL,
    "ownerId" TEXT,
    "sections" JSONB NOT NULL,
    "publishedVersion" INTEGER NOT NULL DEFAULT 0,
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "draft" JSONB,
    "draftUpdatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deck_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Deck" ("createdAt", "description", "draft", "draftUpdatedAt", "id", "isPublished", "kubernetesVersion", "language", "origin", "ownerId", "publishedVersion", "sections", "slug", "title", "updatedAt") SELECT "createdAt", "description", "draft", "draftUpdatedAt", "id", "isPublished", "kubernetesVersion", "language", "origin", "ownerId", "publishedVersion", "sections", "slug", "title", "updatedAt" FROM "Deck";
DROP TABLE "Deck";
ALTER TABLE "new_Deck" RENAME TO "Deck";
CREATE UNIQUE INDEX "Deck_slug_key" ON "Deck"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The built-in decks (from content/, no owner) are for everyone; instructor decks stay private
-- to their owner and the classes they are assigned to until the instructor makes them public.
UPDATE "Deck" SET "visibility" = 'public' WHERE "origin" = 'content' OR "ownerId" IS NULL;
