-- AlterTable
ALTER TABLE "ReviewWebhookEvent" ADD COLUMN     "reasonParams" JSONB;

