import type { InngestFunction } from "inngest";
import { negativeReviewReminders, sweepNegativeReviewsCron } from "@/inngest/functions/negative-review-reminders";
import { scheduleRuleFollowUpsFn, sweepScheduledMessagesCron } from "@/inngest/functions/follow-ups";
import { settleStuckRepliesCron } from "@/inngest/functions/stuck-replies";
import { runBulkJobFn, sweepTeamQueuesCron } from "@/inngest/functions/team";
import { sendReviewRequests, sweepReviewRequestsCron } from "@/inngest/functions/review-requests";
import {
  backfillWebhookMarketplaces,
  pollWildberries,
  processWebhookEventsFn,
  sweepWebhookEventsCron,
  syncAccountFn,
  syncReviewsCron,
} from "@/inngest/functions/ingest";

// The functions served at /api/inngest. Each is a thin wrapper around a domain service in lib/.
export const functions: InngestFunction.Any[] = [
  sendReviewRequests,
  sweepReviewRequestsCron,
  pollWildberries,
  backfillWebhookMarketplaces,
  syncReviewsCron,
  syncAccountFn,
  processWebhookEventsFn,
  sweepWebhookEventsCron,
  negativeReviewReminders,
  sweepNegativeReviewsCron,
  sweepScheduledMessagesCron,
  scheduleRuleFollowUpsFn,
  settleStuckRepliesCron,
  sweepTeamQueuesCron,
  runBulkJobFn,
];
