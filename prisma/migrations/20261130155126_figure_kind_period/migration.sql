-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('level', 'change', 'multiple');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('up', 'down');

-- CreateEnum
CREATE TYPE "Period" AS ENUM ('day', 'week', 'month', 'year', 'cumulative');

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "direction" "Direction",
ADD COLUMN     "kind" "FigureKind" NOT NULL DEFAULT 'level',
ADD COLUMN     "period" "Period",
ADD COLUMN     "refDate" TEXT;

-- AlterTable
ALTER TABLE "FigureGroup" ADD COLUMN     "period" "Period";

