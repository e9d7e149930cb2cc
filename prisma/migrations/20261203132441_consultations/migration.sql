-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('OPEN', 'CLOSED', 'RELEASED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CONSULTATION_RELEASED';

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "consultationAnswerId" TEXT;

-- CreateTable
CREATE TABLE "ConsultationRound" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "sideId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "status" "ConsultationStatus" NOT NULL DEFAULT 'OPEN',
    "summary" TEXT NOT NULL DEFAULT '',
    "releasedAt" TIMESTAMP(3),
    "releasedById" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationInvitee" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "userId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "tokenHash" TEXT,
    "sentAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationInvitee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAnswer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "inviteeId" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "position" "FeedbackKind" NOT NULL,
    "text" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "fileName" TEXT,
    "contentType" TEXT,
    "fileSize" INTEGER,
    "storageKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "windowStartsAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ConsultationRound_agendaItemId_idx" ON "ConsultationRound"("agendaItemId");

-- CreateIndex
CREATE INDEX "ConsultationRound_committeeId_idx" ON "ConsultationRound"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationInvitee_tokenHash_key" ON "ConsultationInvitee"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationInvitee_roundId_email_key" ON "ConsultationInvitee"("roundId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAnswer_inviteeId_key" ON "ConsultationAnswer"("inviteeId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAnswer_storageKey_key" ON "ConsultationAnswer"("storageKey");

-- CreateIndex
CREATE INDEX "ConsultationAnswer_roundId_idx" ON "ConsultationAnswer"("roundId");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_consultationAnswerId_fkey" FOREIGN KEY ("consultationAnswerId") REFERENCES "ConsultationAnswer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRound" ADD CONSTRAINT "ConsultationRound_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRound" ADD CONSTRAINT "ConsultationRound_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRound" ADD CONSTRAINT "ConsultationRound_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "CommitteeSide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRound" ADD CONSTRAINT "ConsultationRound_releasedById_fkey" FOREIGN KEY ("releasedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRound" ADD CONSTRAINT "ConsultationRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationInvitee" ADD CONSTRAINT "ConsultationInvitee_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ConsultationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationInvitee" ADD CONSTRAINT "ConsultationInvitee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ConsultationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_inviteeId_fkey" FOREIGN KEY ("inviteeId") REFERENCES "ConsultationInvitee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
