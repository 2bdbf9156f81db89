-- CreateEnum
CREATE TYPE "NegativeReviewStatus" AS ENUM ('AWAITING_BUYER', 'IN_PROGRESS', 'RESOLVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ReviewLinkConfidence" AS ENUM ('HIGH', 'MEDIUM', 'LOW', 'MANUAL');

-- CreateTable
CREATE TABLE "NegativeReviewCase" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "reviewExternalId" TEXT NOT NULL,
    "reviewChatId" TEXT,
    "chatId" TEXT,
    "linkConfidence" "ReviewLinkConfidence",
    "productId" TEXT,
    "customerName" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "rating" INTEGER NOT NULL,
    "originalRating" INTEGER NOT NULL,
    "finalRating" INTEGER,
    "hasHoldWindow" BOOLEAN NOT NULL,
    "status" "NegativeReviewStatus" NOT NULL,
    "reviewCreatedAt" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstBuyerReplyAt" TIMESTAMP(3),
    "deadlineAt" TIMESTAMP(3),
    "firstSellerResponseAt" TIMESTAMP(3),
    "firstResponseMs" INTEGER,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NegativeReviewCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegativeReviewReminder" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "outcome" TEXT NOT NULL,
    "firedBy" TEXT NOT NULL,
    "recipients" JSONB NOT NULL,
    "emailStatus" TEXT,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NegativeReviewReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegativeReviewSettings" (
    "workspaceId" TEXT NOT NULL,
    "reminderOffsetsHours" INTEGER[] DEFAULT ARRAY[48, 24, 6, 1]::INTEGER[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NegativeReviewSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "chatId" TEXT,
    "caseId" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NegativeReviewCase_workspaceId_status_deadlineAt_idx" ON "NegativeReviewCase"("workspaceId", "status", "deadlineAt");

-- CreateIndex
CREATE INDEX "NegativeReviewCase_status_deadlineAt_idx" ON "NegativeReviewCase"("status", "deadlineAt");

-- CreateIndex
CREATE INDEX "NegativeReviewCase_chatId_idx" ON "NegativeReviewCase"("chatId");

-- CreateIndex
CREATE INDEX "NegativeReviewCase_reviewChatId_idx" ON "NegativeReviewCase"("reviewChatId");

-- CreateIndex
CREATE UNIQUE INDEX "NegativeReviewCase_accountId_reviewExternalId_key" ON "NegativeReviewCase"("accountId", "reviewExternalId");

-- CreateIndex
CREATE UNIQUE INDEX "NegativeReviewReminder_caseId_kind_key" ON "NegativeReviewReminder"("caseId", "kind");

-- CreateIndex
CREATE INDEX "Notification_workspaceId_userId_createdAt_idx" ON "Notification"("workspaceId", "userId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "NegativeReviewCase" ADD CONSTRAINT "NegativeReviewCase_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeReviewCase" ADD CONSTRAINT "NegativeReviewCase_reviewChatId_fkey" FOREIGN KEY ("reviewChatId") REFERENCES "Chat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeReviewCase" ADD CONSTRAINT "NegativeReviewCase_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeReviewCase" ADD CONSTRAINT "NegativeReviewCase_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeReviewReminder" ADD CONSTRAINT "NegativeReviewReminder_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "NegativeReviewCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeReviewSettings" ADD CONSTRAINT "NegativeReviewSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

