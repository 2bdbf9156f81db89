-- A failed reply keeps a code in "error" and its values here, worded in the reader's language when shown.
ALTER TABLE "Message" ADD COLUMN     "errorParams" JSONB;
