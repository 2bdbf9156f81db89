-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "lastMessageNotice" JSONB;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "notice" JSONB;
