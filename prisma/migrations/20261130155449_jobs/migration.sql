-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "uploads" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "ReextractRun" (
    "id" TEXT NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "kept" INTEGER NOT NULL DEFAULT 0,
    "replaced" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "lastArticleId" TEXT,
    "error" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ReextractRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReextractRun_createdAt_idx" ON "ReextractRun"("createdAt");

-- AddForeignKey
ALTER TABLE "ReextractRun" ADD CONSTRAINT "ReextractRun_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

