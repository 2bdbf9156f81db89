-- An account without a name given is named on screen by its identity, in the reader's language.
-- AlterTable
ALTER TABLE "MarketplaceAccount" ALTER COLUMN "name" DROP NOT NULL;
