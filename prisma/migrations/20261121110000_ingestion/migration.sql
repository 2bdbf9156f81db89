-- AlterTable
ALTER TABLE "MarketplaceAccount" ADD COLUMN     "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastBackfillAt" TIMESTAMP(3),
ADD COLUMN     "lastReviewSyncAt" TIMESTAMP(3),
ADD COLUMN     "nextSyncAt" TIMESTAMP(3),
ADD COLUMN     "syncCursor" TEXT,
ADD COLUMN     "webhookSecretEnc" TEXT,
ADD COLUMN     "webhookSecretHash" TEXT;

-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "isNewChat" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "priority" TEXT,
ADD COLUMN     "replyToken" TEXT,
ADD COLUMN     "slaDueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "intent" TEXT,
ADD COLUMN     "priority" TEXT,
ADD COLUMN     "sentiment" TEXT;

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "dedupKey" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookEvent_processedAt_nextAttemptAt_idx" ON "WebhookEvent"("processedAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_accountId_dedupKey_key" ON "WebhookEvent"("accountId", "dedupKey");

-- CreateIndex
CREATE UNIQUE INDEX "MarketplaceAccount_webhookSecretHash_key" ON "MarketplaceAccount"("webhookSecretHash");

-- CreateIndex
CREATE INDEX "MarketplaceAccount_marketplace_status_nextSyncAt_idx" ON "MarketplaceAccount"("marketplace", "status", "nextSyncAt");

-- CreateIndex
CREATE INDEX "Chat_workspaceId_status_slaDueAt_idx" ON "Chat"("workspaceId", "status", "slaDueAt");

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MarketplaceAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

