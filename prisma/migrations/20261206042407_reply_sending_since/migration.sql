-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "sendingSince" TIMESTAMP(3);


-- The recovery sweep's look-up: replies still being sent are few, the messages table is large.
-- (A partial index, which schema.prisma cannot express.)
CREATE INDEX "Message_pending_idx" ON "Message" ("sendingSince") WHERE "status" = 'PENDING';
