-- CreateEnum
CREATE TYPE "ClaimPriority" AS ENUM ('normal', 'high', 'urgent');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'overdue';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "overdueNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "priority" "ClaimPriority" NOT NULL DEFAULT 'normal';

-- CreateIndex
CREATE INDEX "Claim_dueAt_idx" ON "Claim"("dueAt");

