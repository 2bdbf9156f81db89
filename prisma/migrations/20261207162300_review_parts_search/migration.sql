-- Inbox search finds a review by the words of its pros and cons as well as its text: the generated
-- column (migration inbox_panes) is made again over the three, with its index.
DROP INDEX IF EXISTS "Message_searchVector_idx";
ALTER TABLE "Message" DROP COLUMN "searchVector";
ALTER TABLE "Message" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "text" || ' ' || coalesce("reviewPros", '') || ' ' || coalesce("reviewCons", ''))) STORED;
CREATE INDEX "Message_searchVector_idx" ON "Message" USING GIN ("searchVector");
