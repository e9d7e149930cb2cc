-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'COMMENT_ADDED';

-- CreateTable
CREATE TABLE "RecordComment" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT,
    "agendaItemId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordComment_followUpId_id_idx" ON "RecordComment"("followUpId", "id");

-- CreateIndex
CREATE INDEX "RecordComment_agendaItemId_id_idx" ON "RecordComment"("agendaItemId", "id");

-- AddForeignKey
ALTER TABLE "RecordComment" ADD CONSTRAINT "RecordComment_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordComment" ADD CONSTRAINT "RecordComment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordComment" ADD CONSTRAINT "RecordComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A comment belongs to exactly one record (written by hand: Prisma has no CHECK constraints).
ALTER TABLE "RecordComment" ADD CONSTRAINT "RecordComment_one_target" CHECK (num_nonnulls("followUpId", "agendaItemId") = 1);
