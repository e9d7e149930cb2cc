-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'SESSION_PACK_READY';
ALTER TYPE "NotificationKind" ADD VALUE 'SESSION_AGENDA_INCOMPLETE';
ALTER TYPE "NotificationKind" ADD VALUE 'MINUTES_APPROVAL_REMINDER';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_NUDGED';

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "approvalReminderDays" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "packDaysBefore" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "NotificationEvent" ADD COLUMN     "dedupeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "NotificationEvent_dedupeKey_key" ON "NotificationEvent"("dedupeKey");
