-- Trigram indexes for Chinese and Korean search (pg_trgm ships with PGlite and PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "BriefCategory" AS ENUM ('FEATURE_REVIEW', 'STRATEGY_PLANNING', 'INNOVATION_POLICY', 'THINK_TANK_VIEWS', 'INSTITUTIONS_MECHANISMS', 'TALENT', 'INVESTMENT', 'INTERNATIONAL_COOPERATION', 'SCIENCE_SOCIETY');

-- CreateEnum
CREATE TYPE "Distribution" AS ENUM ('RESTRICTED', 'INSTITUTION', 'WORKSPACE', 'COMMUNITY', 'PUBLIC');

-- CreateEnum
CREATE TYPE "BriefStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "WatchTarget" AS ENUM ('COUNTRY', 'TECHNOLOGY_AREA', 'BRIEF');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MENTION', 'BRIEF_PUBLISHED', 'BRIEF_REVISED', 'BRIEF_SUBMITTED', 'BRIEF_RETURNED');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "region" CHAR(2) NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CountryProfile" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "keyAgencies" TEXT NOT NULL DEFAULT '',
    "strategicTechnologies" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountryProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryProfileRevision" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "keyAgencies" TEXT NOT NULL,
    "strategicTechnologies" TEXT NOT NULL,
    "editorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountryProfileRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TechnologyArea" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TechnologyArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Brief" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "category" "BriefCategory" NOT NULL,
    "distribution" "Distribution" NOT NULL DEFAULT 'WORKSPACE',
    "status" "BriefStatus" NOT NULL DEFAULT 'DRAFT',
    "sources" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector,

    CONSTRAINT "Brief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefCountry" (
    "briefId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "BriefCountry_pkey" PRIMARY KEY ("briefId","countryCode")
);

-- CreateTable
CREATE TABLE "BriefTechnologyArea" (
    "briefId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,

    CONSTRAINT "BriefTechnologyArea_pkey" PRIMARY KEY ("briefId","areaId")
);

-- CreateTable
CREATE TABLE "BriefRecipient" (
    "briefId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "BriefRecipient_pkey" PRIMARY KEY ("briefId","userId")
);

-- CreateTable
CREATE TABLE "BriefRevision" (
    "id" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category" "BriefCategory" NOT NULL,
    "distribution" "Distribution" NOT NULL,
    "sources" JSONB NOT NULL,
    "countryCodes" TEXT[],
    "editorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BriefRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefAttachment" (
    "id" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BriefAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefComment" (
    "id" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BriefComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "briefId" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "digestedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Watch" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "target" "WatchTarget" NOT NULL,
    "targetKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Watch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bulletin" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "numberInYear" INTEGER NOT NULL,
    "overallNumber" INTEGER NOT NULL,
    "issueDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bulletin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulletinEditor" (
    "bulletinId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "BulletinEditor_pkey" PRIMARY KEY ("bulletinId","userId")
);

-- CreateTable
CREATE TABLE "BulletinItem" (
    "id" TEXT NOT NULL,
    "bulletinId" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "editorNames" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "BulletinItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Country_region_idx" ON "Country"("region");

-- CreateIndex
CREATE UNIQUE INDEX "CountryProfile_workspaceId_countryCode_key" ON "CountryProfile"("workspaceId", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "CountryProfileRevision_profileId_version_key" ON "CountryProfileRevision"("profileId", "version");

-- CreateIndex
CREATE INDEX "TechnologyArea_key_idx" ON "TechnologyArea"("key");

-- CreateIndex
CREATE UNIQUE INDEX "TechnologyArea_workspaceId_key_key" ON "TechnologyArea"("workspaceId", "key");

-- CreateIndex
CREATE INDEX "Brief_workspaceId_status_idx" ON "Brief"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "Brief_institutionId_idx" ON "Brief"("institutionId");

-- CreateIndex
CREATE INDEX "Brief_authorId_idx" ON "Brief"("authorId");

-- CreateIndex
CREATE INDEX "Brief_status_distribution_publishedAt_idx" ON "Brief"("status", "distribution", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Brief_searchVector_idx" ON "Brief" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Brief_searchText_idx" ON "Brief" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "BriefCountry_countryCode_briefId_idx" ON "BriefCountry"("countryCode", "briefId");

-- CreateIndex
CREATE INDEX "BriefTechnologyArea_areaId_briefId_idx" ON "BriefTechnologyArea"("areaId", "briefId");

-- CreateIndex
CREATE INDEX "BriefRecipient_userId_idx" ON "BriefRecipient"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BriefRevision_briefId_number_key" ON "BriefRevision"("briefId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "BriefAttachment_storageKey_key" ON "BriefAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "BriefAttachment_briefId_idx" ON "BriefAttachment"("briefId");

-- CreateIndex
CREATE INDEX "BriefComment_briefId_id_idx" ON "BriefComment"("briefId", "id");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_userId_id_idx" ON "Notification"("userId", "id" DESC);

-- CreateIndex
CREATE INDEX "Notification_digestedAt_createdAt_idx" ON "Notification"("digestedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Watch_target_targetKey_idx" ON "Watch"("target", "targetKey");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_userId_target_targetKey_key" ON "Watch"("userId", "target", "targetKey");

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_userId_name_key" ON "SavedSearch"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_workspaceId_year_numberInYear_key" ON "Bulletin"("workspaceId", "year", "numberInYear");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_workspaceId_overallNumber_key" ON "Bulletin"("workspaceId", "overallNumber");

-- CreateIndex
CREATE INDEX "BulletinItem_briefId_idx" ON "BulletinItem"("briefId");

-- CreateIndex
CREATE UNIQUE INDEX "BulletinItem_bulletinId_briefId_key" ON "BulletinItem"("bulletinId", "briefId");

-- AddForeignKey
ALTER TABLE "CountryProfile" ADD CONSTRAINT "CountryProfile_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryProfile" ADD CONSTRAINT "CountryProfile_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryProfileRevision" ADD CONSTRAINT "CountryProfileRevision_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "CountryProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryProfileRevision" ADD CONSTRAINT "CountryProfileRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TechnologyArea" ADD CONSTRAINT "TechnologyArea_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefCountry" ADD CONSTRAINT "BriefCountry_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefCountry" ADD CONSTRAINT "BriefCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefTechnologyArea" ADD CONSTRAINT "BriefTechnologyArea_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefTechnologyArea" ADD CONSTRAINT "BriefTechnologyArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "TechnologyArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefRecipient" ADD CONSTRAINT "BriefRecipient_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefRecipient" ADD CONSTRAINT "BriefRecipient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefRevision" ADD CONSTRAINT "BriefRevision_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefRevision" ADD CONSTRAINT "BriefRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefAttachment" ADD CONSTRAINT "BriefAttachment_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefAttachment" ADD CONSTRAINT "BriefAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefComment" ADD CONSTRAINT "BriefComment_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefComment" ADD CONSTRAINT "BriefComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bulletin" ADD CONSTRAINT "Bulletin_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinEditor" ADD CONSTRAINT "BulletinEditor_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinEditor" ADD CONSTRAINT "BulletinEditor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinItem" ADD CONSTRAINT "BulletinItem_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinItem" ADD CONSTRAINT "BulletinItem_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search: English stemming with weights (title A, summary B, body C, sources D) in
-- "searchVector"; the same text, lower-cased, in "searchText" for trigram (CJK) matching.
-- A trigger keeps both current on every insert and update, whichever code path writes.

CREATE FUNCTION brief_search_refresh() RETURNS trigger AS $$
DECLARE
  source_text text := coalesce((SELECT string_agg(concat_ws(' ', s->>'publisher', s->>'title'), ' ') FROM jsonb_array_elements(NEW.sources) AS s), '');
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW.body, '')), 'C') ||
    setweight(to_tsvector('english', source_text), 'D');
  NEW."searchText" := lower(concat_ws(' ', NEW.title, NEW.summary, NEW.body, source_text));
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER brief_search_refresh BEFORE INSERT OR UPDATE OF title, summary, body, sources ON "Brief"
  FOR EACH ROW EXECUTE FUNCTION brief_search_refresh();
