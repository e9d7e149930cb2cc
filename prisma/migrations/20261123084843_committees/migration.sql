-- CreateEnum
CREATE TYPE "CommitteeKind" AS ENUM ('JOINT_COMMITTEE', 'DIALOGUE', 'WORKING_GROUP', 'SUMMIT', 'FORUM');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'IN_SESSION', 'HELD');

-- CreateEnum
CREATE TYPE "AgendaItemStatus" AS ENUM ('PROPOSED', 'ADOPTED', 'IN_PROGRESS', 'CONCLUDED', 'WITHDRAWN', 'DECLINED');

-- CreateEnum
CREATE TYPE "DecisionType" AS ENUM ('AGREED', 'NOTED', 'FURTHER_STUDY', 'NOT_PURSUED');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateTable
CREATE TABLE "Committee" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommitteeKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "agreementTitle" TEXT NOT NULL DEFAULT '',
    "agreementDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeCountry" (
    "committeeId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "CommitteeCountry_pkey" PRIMARY KEY ("committeeId","countryCode")
);

-- CreateTable
CREATE TABLE "CommitteeSide" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CommitteeSide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeInstitution" (
    "committeeId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "sideId" TEXT NOT NULL,

    CONSTRAINT "CommitteeInstitution_pkey" PRIMARY KEY ("committeeId","institutionId")
);

-- CreateTable
CREATE TABLE "CommitteeCoChair" (
    "committeeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sideId" TEXT NOT NULL,

    CONSTRAINT "CommitteeCoChair_pkey" PRIMARY KEY ("committeeId","userId")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "onlineUrl" TEXT NOT NULL DEFAULT '',
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "proposingSideId" TEXT,
    "technologyAreaId" TEXT,
    "status" "AgendaItemStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaEntry" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 0,
    "presenter" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AgendaEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemBrief" (
    "agendaItemId" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,

    CONSTRAINT "AgendaItemBrief_pkey" PRIMARY KEY ("agendaItemId","briefId")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "type" "DecisionType" NOT NULL,
    "text" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "decisionId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE NOT NULL,
    "priority" "Priority" NOT NULL DEFAULT 'MEDIUM',
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpLead" (
    "followUpId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,

    CONSTRAINT "FollowUpLead_pkey" PRIMARY KEY ("followUpId","institutionId")
);

-- CreateTable
CREATE TABLE "FollowUpAssignee" (
    "followUpId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "FollowUpAssignee_pkey" PRIMARY KEY ("followUpId","userId")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "progress" INTEGER NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "fromStatus" "FollowUpStatus" NOT NULL,
    "toStatus" "FollowUpStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Committee_workspaceId_idx" ON "Committee"("workspaceId");

-- CreateIndex
CREATE INDEX "CommitteeCountry_countryCode_idx" ON "CommitteeCountry"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeSide_committeeId_position_key" ON "CommitteeSide"("committeeId", "position");

-- CreateIndex
CREATE INDEX "Session_committeeId_startsAt_idx" ON "Session"("committeeId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_committeeId_status_idx" ON "AgendaItem"("committeeId", "status");

-- CreateIndex
CREATE INDEX "AgendaEntry_agendaItemId_idx" ON "AgendaEntry"("agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaEntry_sessionId_agendaItemId_key" ON "AgendaEntry"("sessionId", "agendaItemId");

-- CreateIndex
CREATE INDEX "AgendaItemBrief_briefId_idx" ON "AgendaItemBrief"("briefId");

-- CreateIndex
CREATE INDEX "Decision_agendaItemId_idx" ON "Decision"("agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_sessionId_agendaItemId_key" ON "Decision"("sessionId", "agendaItemId");

-- CreateIndex
CREATE INDEX "FollowUp_committeeId_status_dueDate_idx" ON "FollowUp"("committeeId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUp_agendaItemId_idx" ON "FollowUp"("agendaItemId");

-- CreateIndex
CREATE INDEX "FollowUp_status_dueDate_idx" ON "FollowUp"("status", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUpLead_institutionId_idx" ON "FollowUpLead"("institutionId");

-- CreateIndex
CREATE INDEX "FollowUpAssignee_userId_idx" ON "FollowUpAssignee"("userId");

-- CreateIndex
CREATE INDEX "ProgressUpdate_followUpId_id_idx" ON "ProgressUpdate"("followUpId", "id");

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeCountry" ADD CONSTRAINT "CommitteeCountry_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeCountry" ADD CONSTRAINT "CommitteeCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeSide" ADD CONSTRAINT "CommitteeSide_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeInstitution" ADD CONSTRAINT "CommitteeInstitution_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeInstitution" ADD CONSTRAINT "CommitteeInstitution_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeInstitution" ADD CONSTRAINT "CommitteeInstitution_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "CommitteeSide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeCoChair" ADD CONSTRAINT "CommitteeCoChair_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeCoChair" ADD CONSTRAINT "CommitteeCoChair_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeCoChair" ADD CONSTRAINT "CommitteeCoChair_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "CommitteeSide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_proposingSideId_fkey" FOREIGN KEY ("proposingSideId") REFERENCES "CommitteeSide"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_technologyAreaId_fkey" FOREIGN KEY ("technologyAreaId") REFERENCES "TechnologyArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaEntry" ADD CONSTRAINT "AgendaEntry_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaEntry" ADD CONSTRAINT "AgendaEntry_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemBrief" ADD CONSTRAINT "AgendaItemBrief_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemBrief" ADD CONSTRAINT "AgendaItemBrief_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpLead" ADD CONSTRAINT "FollowUpLead_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpLead" ADD CONSTRAINT "FollowUpLead_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAssignee" ADD CONSTRAINT "FollowUpAssignee_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAssignee" ADD CONSTRAINT "FollowUpAssignee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
