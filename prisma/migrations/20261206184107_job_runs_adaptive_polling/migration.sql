-- AlterTable
ALTER TABLE "MarketplaceAccount" ADD COLUMN     "lastActivityAt" TIMESTAMP(3),
ADD COLUMN     "nextPollAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("job","periodStart")
);

-- CreateIndex
CREATE INDEX "JobRun_startedAt_idx" ON "JobRun"("startedAt");

