-- AlterTable
ALTER TABLE "AiDraftOutcome" ADD COLUMN     "userId" TEXT;

