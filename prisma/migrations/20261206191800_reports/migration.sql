-- CreateTable
CREATE TABLE "ResponseWait" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "kind" "ChatKind" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "conversationStartedAt" TIMESTAMP(3) NOT NULL,
    "isFirst" BOOLEAN NOT NULL,
    "slaSeconds" INTEGER NOT NULL,
    "assigneeId" TEXT,
    "responderId" TEXT,
    "resolverId" TEXT,
    "endedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "seconds" INTEGER,
    "businessSeconds" INTEGER,
    "resolvedAt" TIMESTAMP(3),
    "resolutionSeconds" INTEGER,
    "resolutionBusinessSeconds" INTEGER,

    CONSTRAINT "ResponseWait_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportCounter" (
    "workspaceId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "dim" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "value" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "slaMet" INTEGER NOT NULL DEFAULT 0,
    "slaMetBusiness" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportCounter_pkey" PRIMARY KEY ("workspaceId","scope","dim","day","value")
);

-- CreateTable
CREATE TABLE "ReportHistogram" (
    "workspaceId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "dim" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "clock" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "value" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "ReportHistogram_pkey" PRIMARY KEY ("workspaceId","scope","dim","metric","clock","day","value","bucket")
);

-- CreateTable
CREATE TABLE "ReportSettings" (
    "workspaceId" TEXT NOT NULL,
    "slaBusinessHours" BOOLEAN NOT NULL DEFAULT false,
    "weekly" JSONB,
    "daysOff" JSONB NOT NULL DEFAULT '[]',
    "backfilledAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateIndex
CREATE INDEX "ResponseWait_workspaceId_startedAt_idx" ON "ResponseWait"("workspaceId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseWait_chatId_startedAt_key" ON "ResponseWait"("chatId", "startedAt");

-- AddForeignKey
ALTER TABLE "ResponseWait" ADD CONSTRAINT "ResponseWait_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseWait" ADD CONSTRAINT "ResponseWait_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportCounter" ADD CONSTRAINT "ReportCounter_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportHistogram" ADD CONSTRAINT "ReportHistogram_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSettings" ADD CONSTRAINT "ReportSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

