import type { InngestFunction } from "inngest";
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
];
