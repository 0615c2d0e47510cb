-- CreateTable
CREATE TABLE "RevokedSession" (
    "jti" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);
