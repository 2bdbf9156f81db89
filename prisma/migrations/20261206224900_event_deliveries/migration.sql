-- CreateTable
CREATE TABLE "EventDelivery" (
    "id" TEXT NOT NULL,
    "subscriber" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventDelivery_nextAttemptAt_idx" ON "EventDelivery"("nextAttemptAt");

