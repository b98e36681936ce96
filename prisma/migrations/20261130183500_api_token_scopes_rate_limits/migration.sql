-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('read', 'write', 'admin');

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "scopes" "ApiTokenScope"[];

-- Tokens issued before scopes keep working as they did: everything their owner's role allows, no expiry.
UPDATE "ApiToken" t SET "scopes" = CASE WHEN u."role" = 'admin'
    THEN ARRAY['read', 'write', 'admin']::"ApiTokenScope"[]
    ELSE ARRAY['read', 'write']::"ApiTokenScope"[] END
FROM "User" u WHERE u."id" = t."userId";

-- CreateTable
CREATE TABLE "ApiRateWindow" (
    "tokenId" TEXT NOT NULL,
    "budget" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ApiRateWindow_pkey" PRIMARY KEY ("tokenId","budget","windowStart")
);

-- AddForeignKey
ALTER TABLE "ApiRateWindow" ADD CONSTRAINT "ApiRateWindow_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
