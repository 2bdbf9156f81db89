-- CreateEnum
CREATE TYPE "ScheduledMessageStatus" AS ENUM ('SCHEDULED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ScheduledMessageSource" AS ENUM ('MANUAL', 'RULE');

-- CreateEnum
CREATE TYPE "FollowUpRuleKind" AS ENUM ('RESOLVED', 'CROSS_SELL', 'REFILL');

-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "followUpOptOutAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ScheduledMessage" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sendAt" TIMESTAMP(3) NOT NULL,
    "status" "ScheduledMessageStatus" NOT NULL DEFAULT 'SCHEDULED',
    "source" "ScheduledMessageSource" NOT NULL DEFAULT 'MANUAL',
    "ruleKind" "FollowUpRuleKind",
    "amazonMessageType" TEXT,
    "createdById" TEXT,
    "cancelReason" TEXT,
    "error" TEXT,
    "dedupKey" TEXT,
    "sentMessageId" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScheduledMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpRule" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" "FollowUpRuleKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "delayDays" INTEGER NOT NULL,
    "template" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductSetting" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "productId" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "relatedProducts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "consumable" BOOLEAN NOT NULL DEFAULT false,
    "refillDays" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductSetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScheduledMessage_sentMessageId_key" ON "ScheduledMessage"("sentMessageId");

-- CreateIndex
CREATE INDEX "ScheduledMessage_status_sendAt_idx" ON "ScheduledMessage"("status", "sendAt");

-- CreateIndex
CREATE INDEX "ScheduledMessage_workspaceId_status_sendAt_idx" ON "ScheduledMessage"("workspaceId", "status", "sendAt");

-- CreateIndex
CREATE INDEX "ScheduledMessage_chatId_status_idx" ON "ScheduledMessage"("chatId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduledMessage_chatId_dedupKey_key" ON "ScheduledMessage"("chatId", "dedupKey");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpRule_workspaceId_kind_key" ON "FollowUpRule"("workspaceId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ProductSetting_workspaceId_marketplace_productId_key" ON "ProductSetting"("workspaceId", "marketplace", "productId");

-- AddForeignKey
ALTER TABLE "ScheduledMessage" ADD CONSTRAINT "ScheduledMessage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledMessage" ADD CONSTRAINT "ScheduledMessage_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledMessage" ADD CONSTRAINT "ScheduledMessage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledMessage" ADD CONSTRAINT "ScheduledMessage_sentMessageId_fkey" FOREIGN KEY ("sentMessageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpRule" ADD CONSTRAINT "FollowUpRule_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductSetting" ADD CONSTRAINT "ProductSetting_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

