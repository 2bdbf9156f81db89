-- Notifications keep their values and are worded when read (in the reader's language).
ALTER TABLE "Notification" ADD COLUMN     "params" JSONB,
ALTER COLUMN "title" SET DEFAULT '';
