-- CreateEnum
CREATE TYPE "CommitteeDocumentKind" AS ENUM ('TERMS_OF_REFERENCE', 'SLIDES', 'JOINT_STATEMENT', 'EVIDENCE', 'BRIEFING_NOTE', 'OTHER');

-- CreateEnum
CREATE TYPE "AgendaItemNoteKind" AS ENUM ('BRIEFING', 'POSITION');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'DOCUMENT_ADDED';
ALTER TYPE "NotificationKind" ADD VALUE 'AGENDA_NOTE_ADDED';

-- CreateTable
CREATE TABLE "CommitteeDocument" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "sessionId" TEXT,
    "agendaItemId" TEXT,
    "followUpId" TEXT,
    "title" TEXT NOT NULL,
    "kind" "CommitteeDocumentKind" NOT NULL,
    "sideId" TEXT,
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitteeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeDocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitteeDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemNote" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "kind" "AgendaItemNoteKind" NOT NULL,
    "sideId" TEXT,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItemNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommitteeDocument_committeeId_id_idx" ON "CommitteeDocument"("committeeId", "id");

-- CreateIndex
CREATE INDEX "CommitteeDocument_sessionId_idx" ON "CommitteeDocument"("sessionId");

-- CreateIndex
CREATE INDEX "CommitteeDocument_agendaItemId_idx" ON "CommitteeDocument"("agendaItemId");

-- CreateIndex
CREATE INDEX "CommitteeDocument_followUpId_idx" ON "CommitteeDocument"("followUpId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeDocumentVersion_storageKey_key" ON "CommitteeDocumentVersion"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeDocumentVersion_documentId_number_key" ON "CommitteeDocumentVersion"("documentId", "number");

-- CreateIndex
CREATE INDEX "AgendaItemNote_agendaItemId_id_idx" ON "AgendaItemNote"("agendaItemId", "id");

-- AddForeignKey
ALTER TABLE "CommitteeDocument" ADD CONSTRAINT "CommitteeDocument_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeDocument" ADD CONSTRAINT "CommitteeDocument_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeDocument" ADD CONSTRAINT "CommitteeDocument_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeDocument" ADD CONSTRAINT "CommitteeDocument_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeDocument" ADD CONSTRAINT "CommitteeDocument_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "CommitteeSide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeDocument" ADD CONSTRAINT "CommitteeDocument_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeDocumentVersion" ADD CONSTRAINT "CommitteeDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CommitteeDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeDocumentVersion" ADD CONSTRAINT "CommitteeDocumentVersion_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemNote" ADD CONSTRAINT "AgendaItemNote_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemNote" ADD CONSTRAINT "AgendaItemNote_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "CommitteeSide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemNote" ADD CONSTRAINT "AgendaItemNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A document hangs on at most one of a session, an agenda item and a follow-up (none: on the
-- committee). Written by hand: Prisma has no CHECK constraints.
ALTER TABLE "CommitteeDocument" ADD CONSTRAINT "CommitteeDocument_one_parent" CHECK (num_nonnulls("sessionId", "agendaItemId", "followUpId") <= 1);
