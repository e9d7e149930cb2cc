-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "calendar" JSONB;
