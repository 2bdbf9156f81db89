-- AlterTable
ALTER TABLE "BulkJob" ADD COLUMN     "failureReason" TEXT;
