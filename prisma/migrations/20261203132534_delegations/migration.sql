-- CreateEnum
CREATE TYPE "DelegationStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED', 'TENTATIVE', 'ATTENDED', 'ABSENT');

-- CreateEnum
CREATE TYPE "DelegationAnswerVia" AS ENUM ('LINK', 'APP');

-- CreateTable
CREATE TABLE "InstitutionContact" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstitutionContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationMember" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "sideId" TEXT NOT NULL,
    "userId" TEXT,
    "contactId" TEXT,
    "role" TEXT NOT NULL DEFAULT '',
    "status" "DelegationStatus" NOT NULL DEFAULT 'INVITED',
    "answeredAt" TIMESTAMP(3),
    "answeredVia" "DelegationAnswerVia",
    "invitedAt" TIMESTAMP(3),
    "addedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DelegationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationLink" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DelegationLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InstitutionContact_institutionId_name_idx" ON "InstitutionContact"("institutionId", "name");

-- CreateIndex
CREATE INDEX "DelegationMember_sessionId_sideId_idx" ON "DelegationMember"("sessionId", "sideId");

-- CreateIndex
CREATE INDEX "DelegationMember_contactId_idx" ON "DelegationMember"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationMember_sessionId_userId_key" ON "DelegationMember"("sessionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationMember_sessionId_contactId_key" ON "DelegationMember"("sessionId", "contactId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationLink_tokenHash_key" ON "DelegationLink"("tokenHash");

-- CreateIndex
CREATE INDEX "DelegationLink_memberId_idx" ON "DelegationLink"("memberId");

-- AddForeignKey
ALTER TABLE "InstitutionContact" ADD CONSTRAINT "InstitutionContact_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "CommitteeSide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "InstitutionContact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationLink" ADD CONSTRAINT "DelegationLink_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "DelegationMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A delegation seat is an account or a contact, never both nor neither (written by hand:
-- Prisma has no CHECK constraints).
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_one_person" CHECK (num_nonnulls("userId", "contactId") = 1);

-- One contact per email per institution, whatever the case (written by hand: an expression index).
CREATE UNIQUE INDEX "InstitutionContact_institutionId_lower_email_key" ON "InstitutionContact"("institutionId", lower("email"));
