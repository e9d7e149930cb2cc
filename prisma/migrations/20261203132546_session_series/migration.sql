-- CreateEnum
CREATE TYPE "SessionCadence" AS ENUM ('NONE', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'SERIES_SESSION_DUE';

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "standingItemId" TEXT;

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "cadence" "SessionCadence" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "seriesVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "CommitteeStandingItem" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "durationMinutes" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL,
    "closing" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitteeStandingItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommitteeStandingItem_committeeId_position_idx" ON "CommitteeStandingItem"("committeeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_standingItemId_key" ON "AgendaItem"("standingItemId");

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_standingItemId_fkey" FOREIGN KEY ("standingItemId") REFERENCES "CommitteeStandingItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeStandingItem" ADD CONSTRAINT "CommitteeStandingItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
