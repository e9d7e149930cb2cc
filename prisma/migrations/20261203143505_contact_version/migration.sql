-- AlterTable
ALTER TABLE "InstitutionContact" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
