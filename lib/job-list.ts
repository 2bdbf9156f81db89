import { settleStuckReplies } from "@/lib/inbox/settle-stuck-replies";
import { INGEST_JOBS, runIngestJob, type IngestJob } from "@/lib/ingest/ingest-jobs";
import { sweepWebhookEvents } from "@/lib/ingest/sweep-webhook-events";
import type { Job } from "@/lib/jobs/job";
import { pruneJobRuns } from "@/lib/jobs/job-runs";
import { PICKUP } from "@/lib/jobs/pickups";
import { pruneStreamEvents } from "@/lib/stream/prune-stream-events";
import { sweepEventDeliveries } from "@/lib/events/sweep-event-deliveries";
import { sweepTeamQueues } from "@/lib/assignment/sweep-team-queues";
import { sweepScheduledMessages } from "@/lib/follow-ups/sweep-scheduled-messages";
import { sweepNegativeReviews } from "@/lib/negative-reviews/sweep-negative-reviews";
import { sendDueReviewRequests, sweepReviewRequests } from "@/lib/review-requests/sweep-review-requests";

const ingest = (id: string, job: IngestJob): Job<IngestJob> => ({
  id,
  everyMs: INGEST_JOBS[job].everyMs,
  run: () => runIngestJob({ job }),
  fanOut: job,
  ...(INGEST_JOBS[job].claimsAccounts ? { everyInstance: true as const } : {}),
});

/**
 * Every recurring job, declared once: lib/jobs/start-background-work.ts runs them in-process (each
 * scheduled one once per period across instances, lib/jobs/job-runs.ts), inngest/functions/jobs.ts
 * makes an Inngest cron of each. Services claim their rows, so an overlap never does work twice.
 * The list lives above the domains, as lib/domain-subscribers.ts does: the domains use lib/jobs
 * (claim-batch, dispatch-event) and lib/jobs imports none of them.
 */
export const JOBS: Job<IngestJob>[] = [
  { id: PICKUP.webhookEvents, everyMs: 1_000, run: () => sweepWebhookEvents({ freshGraceMs: 0 }), pickup: true },
  { id: PICKUP.reviewRequests, everyMs: 2_000, run: () => sendDueReviewRequests(), pickup: true },
  ingest("poll-wildberries", "pollWildberries"),
  ingest("backfill-webhook-marketplaces", "backfillWebhookMarketplaces"),
  ingest("sync-reviews", "syncReviews"),
  // Stored pushes whose processing failed or never ran.
  { id: "sweep-webhook-events", everyMs: 60_000, run: () => sweepWebhookEvents() },
  // Review requests not sent after their webhook (a crash, quiet hours, a retry), and SMS delivery.
  { id: "review-requests-sweep", everyMs: 60_000, run: () => sweepReviewRequests() },
  // Negative-review reminders, escalations and publication (the safety net of Inngest's per-case function).
  { id: "negative-reviews-sweep", everyMs: 60_000, run: () => sweepNegativeReviews() },
  // Scheduled messages that are due.
  { id: "follow-ups-sweep", everyMs: 60_000, run: () => sweepScheduledMessages() },
  // After-commit work of domain events (a follow-up start) whose first run failed or never happened.
  { id: "event-deliveries-sweep", everyMs: 60_000, run: () => sweepEventDeliveries() },
  // Replies a crash or shutdown left PENDING.
  { id: "stuck-replies-sweep", everyMs: 60_000, run: () => settleStuckReplies() },
  // Waiting chats to operators with room (a snooze that ended included), bulk jobs a crash left unfinished.
  { id: "team-queues-sweep", everyMs: 60_000, run: () => sweepTeamQueues() },
  { id: "job-runs-prune", everyMs: 60 * 60_000, run: () => pruneJobRuns() },
  // The live stream's outbox past its retention window (a client away longer resyncs).
  { id: "stream-events-prune", everyMs: 60 * 60_000, run: () => pruneStreamEvents() },
];
