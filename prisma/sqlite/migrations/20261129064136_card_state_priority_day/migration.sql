-- AlterTable
ALTER TABLE "CardState" ADD COLUMN "priorityDay" TEXT;
