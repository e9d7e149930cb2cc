-- CreateEnum
CREATE TYPE "NotificationTopic" AS ENUM ('ASSIGNMENT', 'FOLLOWUP_UPDATES', 'APPROVAL', 'MINUTES', 'SESSIONS', 'AGENDA', 'REMINDERS', 'REVIEW', 'BRIEFS', 'MENTIONS');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('IN_APP', 'EMAIL', 'DIGEST', 'OFF');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_CREATED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_ASSIGNED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_UNASSIGNED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_REASSIGNED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_LEAD_CHANGED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_STATUS_CHANGED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_PROGRESS';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_DUE_MOVED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWUP_BLOCKED';
ALTER TYPE "NotificationKind" ADD VALUE 'MINUTES_CIRCULATED';
ALTER TYPE "NotificationKind" ADD VALUE 'MINUTES_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'MINUTES_AMENDED';
ALTER TYPE "NotificationKind" ADD VALUE 'SESSION_PLANNED';
ALTER TYPE "NotificationKind" ADD VALUE 'SESSION_MOVED';
ALTER TYPE "NotificationKind" ADD VALUE 'SESSION_CANCELLED';
ALTER TYPE "NotificationKind" ADD VALUE 'SESSION_AGENDA_CHANGED';
ALTER TYPE "NotificationKind" ADD VALUE 'DECISION_RECORDED';
ALTER TYPE "NotificationKind" ADD VALUE 'FEEDBACK_GIVEN';

-- AlterEnum
ALTER TYPE "SessionStatus" ADD VALUE 'CANCELLED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WatchTarget" ADD VALUE 'COMMITTEE';
ALTER TYPE "WatchTarget" ADD VALUE 'AGENDA_ITEM';
ALTER TYPE "WatchTarget" ADD VALUE 'FOLLOW_UP';

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "headers" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "html" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "agendaItemId" TEXT,
ADD COLUMN     "committeeId" TEXT,
ADD COLUMN     "eventId" TEXT,
ADD COLUMN     "minutesId" TEXT,
ADD COLUMN     "sessionId" TEXT;

-- CreateTable
CREATE TABLE "NotificationEvent" (
    "id" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actorId" TEXT,
    "committeeId" TEXT NOT NULL,
    "followUpId" TEXT,
    "sessionId" TEXT,
    "agendaItemId" TEXT,
    "minutesId" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fannedOutAt" TIMESTAMP(3),

    CONSTRAINT "NotificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "topic" "NotificationTopic" NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","topic")
);

-- CreateIndex
CREATE INDEX "NotificationEvent_fannedOutAt_id_idx" ON "NotificationEvent"("fannedOutAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_eventId_userId_key" ON "Notification"("eventId", "userId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "NotificationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationEvent" ADD CONSTRAINT "NotificationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationEvent" ADD CONSTRAINT "NotificationEvent_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationEvent" ADD CONSTRAINT "NotificationEvent_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationEvent" ADD CONSTRAINT "NotificationEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationEvent" ADD CONSTRAINT "NotificationEvent_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationEvent" ADD CONSTRAINT "NotificationEvent_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
