-- The Negative reviews view finds its candidates from the cases (lib/negative-reviews/case-list-sql.ts):
-- open cases by deadline, and cases closed in the last days. Hand-written: Prisma's schema language
-- has no partial or expression indexes.
CREATE INDEX "NegativeReviewCase_open_deadline_idx" ON "NegativeReviewCase" ("workspaceId", "deadlineAt", (COALESCE("chatId", "reviewChatId"))) WHERE "status" IN ('AWAITING_BUYER', 'IN_PROGRESS') AND "deadlineAt" IS NOT NULL;
CREATE INDEX "NegativeReviewCase_closed_at_idx" ON "NegativeReviewCase" ("workspaceId", (COALESCE("resolvedAt", "publishedAt"))) WHERE "status" IN ('RESOLVED', 'PUBLISHED');
