-- A review request keeps a code in "reason" and its values here, worded in the reader's language when shown.
ALTER TABLE "ReviewRequest" ADD COLUMN     "reasonParams" JSONB;
