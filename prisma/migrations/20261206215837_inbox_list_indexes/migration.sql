-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "hasNegativeCase" BOOLEAN NOT NULL DEFAULT false;


-- Chat."hasNegativeCase" follows NegativeReviewCase's chatId and reviewChatId whichever code writes them
-- (open, link, relink, a chat deleted under its case), so the Negative reviews view can walk the chats
-- of cases in urgency order from one partial index instead of sorting every case's chat.
CREATE FUNCTION "chat_has_negative_case_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Chat" c SET "hasNegativeCase" = EXISTS (SELECT 1 FROM "NegativeReviewCase" n WHERE n."chatId" = c.id OR n."reviewChatId" = c.id)
  WHERE c.id IN (
    SELECT x FROM unnest(CASE WHEN TG_OP = 'INSERT' THEN ARRAY[NULL, NULL]::text[] ELSE ARRAY[OLD."chatId", OLD."reviewChatId"] END
      || CASE WHEN TG_OP = 'DELETE' THEN ARRAY[NULL, NULL]::text[] ELSE ARRAY[NEW."chatId", NEW."reviewChatId"] END) AS x
    WHERE x IS NOT NULL);
  RETURN NULL;
END $$;

CREATE TRIGGER "NegativeReviewCase_chat_flag" AFTER INSERT OR DELETE OR UPDATE OF "chatId", "reviewChatId" ON "NegativeReviewCase"
  FOR EACH ROW EXECUTE FUNCTION "chat_has_negative_case_sync"();

UPDATE "Chat" SET "hasNegativeCase" = true
WHERE id IN (SELECT "chatId" FROM "NegativeReviewCase" WHERE "chatId" IS NOT NULL UNION SELECT "reviewChatId" FROM "NegativeReviewCase" WHERE "reviewChatId" IS NOT NULL);

-- The Negative reviews view after its open cases: low-rated reviews and the chats of cases, in urgency order.
DROP INDEX "Chat_negative_urgency_idx";
CREATE INDEX "Chat_negative_urgency_idx" ON "Chat" ("workspaceId", (CASE WHEN "awaitingReplySince" IS NULL THEN TIMESTAMP '3000-01-01 00:00:00' + (TIMESTAMP '3000-01-01 00:00:00' - "lastMessageAt") ELSE COALESCE("slaDueAt", "awaitingReplySince" + CASE "kind" WHEN 'QUESTION' THEN INTERVAL '60 minutes' WHEN 'REVIEW' THEN INTERVAL '1440 minutes' ELSE INTERVAL '1440 minutes' END) END), "id") WHERE "rating" <= 3 OR "hasNegativeCase";

-- Questions and reviews in urgency order, with or without a marketplace; an operator's own open chats.
CREATE INDEX "Chat_kind_urgency_idx" ON "Chat" ("workspaceId", "kind", (CASE WHEN "awaitingReplySince" IS NULL THEN TIMESTAMP '3000-01-01 00:00:00' + (TIMESTAMP '3000-01-01 00:00:00' - "lastMessageAt") ELSE COALESCE("slaDueAt", "awaitingReplySince" + CASE "kind" WHEN 'QUESTION' THEN INTERVAL '60 minutes' WHEN 'REVIEW' THEN INTERVAL '1440 minutes' ELSE INTERVAL '1440 minutes' END) END), "id");
CREATE INDEX "Chat_kind_marketplace_urgency_idx" ON "Chat" ("workspaceId", "kind", "marketplace", (CASE WHEN "awaitingReplySince" IS NULL THEN TIMESTAMP '3000-01-01 00:00:00' + (TIMESTAMP '3000-01-01 00:00:00' - "lastMessageAt") ELSE COALESCE("slaDueAt", "awaitingReplySince" + CASE "kind" WHEN 'QUESTION' THEN INTERVAL '60 minutes' WHEN 'REVIEW' THEN INTERVAL '1440 minutes' ELSE INTERVAL '1440 minutes' END) END), "id");
CREATE INDEX "Chat_mine_urgency_idx" ON "Chat" ("workspaceId", "assigneeId", (CASE WHEN "awaitingReplySince" IS NULL THEN TIMESTAMP '3000-01-01 00:00:00' + (TIMESTAMP '3000-01-01 00:00:00' - "lastMessageAt") ELSE COALESCE("slaDueAt", "awaitingReplySince" + CASE "kind" WHEN 'QUESTION' THEN INTERVAL '60 minutes' WHEN 'REVIEW' THEN INTERVAL '1440 minutes' ELSE INTERVAL '1440 minutes' END) END), "id") WHERE "status" = 'OPEN';
