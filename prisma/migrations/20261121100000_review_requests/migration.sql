-- CreateEnum
CREATE TYPE "ReviewSource" AS ENUM ('IIKO', 'RKEEPER', 'YCLIENTS', 'AMOCRM');

-- CreateEnum
CREATE TYPE "ReviewChannel" AS ENUM ('SMS', 'WHATSAPP', 'EMAIL');

-- CreateEnum
CREATE TYPE "ReviewEventOutcome" AS ENUM ('QUEUED', 'DUPLICATE', 'SKIPPED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReviewRequestStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "ReviewIntegration" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "source" "ReviewSource" NOT NULL,
    "keyHash" TEXT NOT NULL,
    "keyHint" TEXT NOT NULL,
    "lastEventAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewIntegration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewWebhookEvent" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "source" "ReviewSource" NOT NULL,
    "outcome" "ReviewEventOutcome" NOT NULL,
    "reason" TEXT,
    "details" JSONB,
    "payload" JSONB,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "eventId" TEXT,
    "source" "ReviewSource" NOT NULL,
    "sourceEventId" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "customerName" TEXT,
    "occurredAt" TIMESTAMP(3),
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "status" "ReviewRequestStatus" NOT NULL DEFAULT 'QUEUED',
    "skipCode" TEXT,
    "reason" TEXT,
    "channel" "ReviewChannel",
    "provider" TEXT,
    "providerMessageId" TEXT,
    "providerResponse" JSONB,
    "sendAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deferredByQuietHours" BOOLEAN NOT NULL DEFAULT false,
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "statusCheckedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewSettings" (
    "workspaceId" TEXT NOT NULL,
    "channelOrder" "ReviewChannel"[] DEFAULT ARRAY['SMS', 'WHATSAPP', 'EMAIL']::"ReviewChannel"[],
    "delayMinutes" INTEGER NOT NULL DEFAULT 0,
    "quietHoursStart" TEXT NOT NULL DEFAULT '21:00',
    "quietHoursEnd" TEXT NOT NULL DEFAULT '09:00',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Moscow',
    "frequencyDays" INTEGER NOT NULL DEFAULT 30,
    "businessName" TEXT NOT NULL DEFAULT '',
    "reviewLink" TEXT NOT NULL DEFAULT '',
    "templates" JSONB,
    "credentialsEnc" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "ReviewOptOut" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewOptOut_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewIntegration_keyHash_key" ON "ReviewIntegration"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewIntegration_workspaceId_source_key" ON "ReviewIntegration"("workspaceId", "source");

-- CreateIndex
CREATE INDEX "ReviewWebhookEvent_integrationId_receivedAt_idx" ON "ReviewWebhookEvent"("integrationId", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "ReviewWebhookEvent_workspaceId_receivedAt_idx" ON "ReviewWebhookEvent"("workspaceId", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "ReviewRequest_status_sendAt_idx" ON "ReviewRequest"("status", "sendAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_workspaceId_phone_createdAt_idx" ON "ReviewRequest"("workspaceId", "phone", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_workspaceId_createdAt_id_idx" ON "ReviewRequest"("workspaceId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ReviewRequest_eventId_idx" ON "ReviewRequest"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRequest_workspaceId_source_sourceEventId_key" ON "ReviewRequest"("workspaceId", "source", "sourceEventId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewOptOut_workspaceId_contact_key" ON "ReviewOptOut"("workspaceId", "contact");

-- AddForeignKey
ALTER TABLE "ReviewIntegration" ADD CONSTRAINT "ReviewIntegration_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewWebhookEvent" ADD CONSTRAINT "ReviewWebhookEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewWebhookEvent" ADD CONSTRAINT "ReviewWebhookEvent_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "ReviewIntegration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ReviewWebhookEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSettings" ADD CONSTRAINT "ReviewSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewOptOut" ADD CONSTRAINT "ReviewOptOut_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

