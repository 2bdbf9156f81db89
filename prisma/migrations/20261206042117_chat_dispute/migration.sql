-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "disputeClosedAt" TIMESTAMP(3),
ADD COLUMN     "disputeOpenedAt" TIMESTAMP(3);


-- Yandex Market reviews used to be read only while NEED_REACTION, which turns false when the seller merely
-- opens a review: the next review sync of these accounts imports its first-import window again.
UPDATE "MarketplaceAccount" SET "lastReviewSyncAt" = NULL WHERE "marketplace" = 'YANDEX_MARKET';
