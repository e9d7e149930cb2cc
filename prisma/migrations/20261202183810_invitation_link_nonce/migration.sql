-- AlterTable
ALTER TABLE "AccessToken" ADD COLUMN     "linkNonce" TEXT;
