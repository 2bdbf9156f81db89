-- AlterTable
ALTER TABLE "AiDraft" ADD COLUMN     "noReply" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AiDraftOutcome" (
    "draftId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "kind" "ChatKind" NOT NULL,
    "outcome" TEXT NOT NULL,
    "editDistance" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AiDraftOutcome_pkey" PRIMARY KEY ("draftId")
);

-- CreateIndex
CREATE INDEX "AiDraftOutcome_workspaceId_createdAt_idx" ON "AiDraftOutcome"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "AiDraftOutcome" ADD CONSTRAINT "AiDraftOutcome_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "AiDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

