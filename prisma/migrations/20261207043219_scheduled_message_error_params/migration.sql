-- A failed or refused scheduled message keeps a code in "error" and its values here, worded in the reader's language when shown.
ALTER TABLE "ScheduledMessage" ADD COLUMN     "errorParams" JSONB;
