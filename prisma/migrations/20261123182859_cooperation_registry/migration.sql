-- CreateEnum
CREATE TYPE "CooperationOrgType" AS ENUM ('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'INTERMEDIARY', 'SCIENCE_PARK', 'GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "PartnerType" AS ENUM ('UNIVERSITY', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 'GOVERNMENT', 'INTERNATIONAL_ORGANISATION', 'INDUSTRY_ASSOCIATION');

-- CreateEnum
CREATE TYPE "CooperationField" AS ENUM ('MEDICINE_HEALTH', 'ENERGY_ENVIRONMENT', 'INFORMATION_TECHNOLOGY', 'ADVANCED_MANUFACTURING', 'NEW_MATERIALS', 'AGRICULTURE_FOOD', 'AEROSPACE', 'OTHER');

-- CreateEnum
CREATE TYPE "CooperationMode" AS ENUM ('JOINT_RD', 'TECHNOLOGY_TRANSFER', 'MARKET_COOPERATION', 'TALENT_EXCHANGE', 'STANDARDS');

-- CreateTable
CREATE TABLE "CooperationActivity" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "organisationType" "CooperationOrgType" NOT NULL,
    "partner" TEXT NOT NULL,
    "partnerType" "PartnerType" NOT NULL,
    "partnerCountryCode" CHAR(2) NOT NULL,
    "field" "CooperationField" NOT NULL,
    "modes" "CooperationMode"[],
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CooperationActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CooperationActivity_workspaceId_startDate_idx" ON "CooperationActivity"("workspaceId", "startDate");

-- CreateIndex
CREATE INDEX "CooperationActivity_partnerCountryCode_idx" ON "CooperationActivity"("partnerCountryCode");

-- AddForeignKey
ALTER TABLE "CooperationActivity" ADD CONSTRAINT "CooperationActivity_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationActivity" ADD CONSTRAINT "CooperationActivity_partnerCountryCode_fkey" FOREIGN KEY ("partnerCountryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationActivity" ADD CONSTRAINT "CooperationActivity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
