-- AlterTable
ALTER TABLE "MarketplaceAccount" ADD COLUMN     "identityKey" TEXT;

-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "buyerLocale" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "originalText" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "MarketplaceAccount_workspaceId_marketplace_identityKey_key" ON "MarketplaceAccount"("workspaceId", "marketplace", "identityKey");

