import type { InngestFunction } from "inngest";
import { negativeReviewReminders } from "@/inngest/functions/negative-review-reminders";
import { scheduleRuleFollowUpsFn } from "@/inngest/functions/follow-ups";
import { sendReviewRequests } from "@/inngest/functions/review-requests";
import { processWebhookEventsFn, syncAccountFn } from "@/inngest/functions/ingest";
import { jobFunctions } from "@/inngest/functions/jobs";
import { runBulkJobFn } from "@/inngest/functions/team";

// The functions served at /api/inngest. Each is a thin wrapper around a domain service in lib/: the
// event-driven ones here, and a cron for each scheduled job of lib/job-list.ts.
export const functions: InngestFunction.Any[] = [
  sendReviewRequests,
  syncAccountFn,
  processWebhookEventsFn,
  negativeReviewReminders,
  scheduleRuleFollowUpsFn,
  runBulkJobFn,
  ...jobFunctions,
];
