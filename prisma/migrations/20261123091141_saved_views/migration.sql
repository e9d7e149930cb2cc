-- DropIndex
DROP INDEX "SavedSearch_userId_name_key";

-- AlterTable
ALTER TABLE "SavedSearch" ADD COLUMN     "scope" TEXT NOT NULL DEFAULT 'briefs';

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_userId_scope_name_key" ON "SavedSearch"("userId", "scope", "name");
