import type { Schedule } from "@/lib/jobs/in-process-scheduler";
import { sweepReviewRequests } from "@/lib/review-requests/sweep-review-requests";
import { INGEST_JOBS, runIngestJob } from "@/lib/ingest/ingest-jobs";
import { sweepWebhookEvents } from "@/lib/ingest/sweep-webhook-events";
import { sweepNegativeReviews } from "@/lib/negative-reviews/sweep-negative-reviews";
import { sweepScheduledMessages } from "@/lib/follow-ups/sweep-scheduled-messages";
import { settleStuckReplies } from "@/lib/inbox/settle-stuck-replies";
import { sweepTeamQueues } from "@/lib/assignment/sweep-team-queues";

// Recurring work. With Inngest configured the same services run from cron functions in
// inngest/functions/; without it (the embedded default) the in-process scheduler runs this list.
export const SCHEDULES: Schedule[] = [
  // Mirrors the review-requests-sweep Inngest cron (inngest/functions/review-requests.ts).
  { id: "review-requests-sweep", everyMs: 60_000, run: () => sweepReviewRequests() },
  // Mirror inngest/functions/ingest.ts.
  { id: "poll-wildberries", everyMs: INGEST_JOBS.pollWildberries.everyMs, run: () => runIngestJob({ job: "pollWildberries" }) },
  { id: "backfill-webhook-marketplaces", everyMs: INGEST_JOBS.backfillWebhookMarketplaces.everyMs, run: () => runIngestJob({ job: "backfillWebhookMarketplaces" }) },
  { id: "sync-reviews", everyMs: INGEST_JOBS.syncReviews.everyMs, run: () => runIngestJob({ job: "syncReviews" }) },
  { id: "sweep-webhook-events", everyMs: 60_000, run: () => sweepWebhookEvents() },
  // Negative-review reminders, escalations and publication; mirrors negative-reviews-sweep (inngest/functions/negative-review-reminders.ts).
  { id: "negative-reviews-sweep", everyMs: 60_000, run: () => sweepNegativeReviews() },
  // Mirrors the follow-ups-sweep Inngest cron (inngest/functions/follow-ups.ts): scheduled messages that are due.
  { id: "follow-ups-sweep", everyMs: 60_000, run: () => sweepScheduledMessages() },
  // Replies a crash or shutdown left PENDING; mirrors stuck-replies-sweep (inngest/functions/stuck-replies.ts).
  { id: "stuck-replies-sweep", everyMs: 60_000, run: () => settleStuckReplies() },
  // Waiting chats to operators with room, bulk jobs a crash left unfinished; mirrors team-queues-sweep (inngest/functions/team.ts).
  { id: "team-queues-sweep", everyMs: 60_000, run: () => sweepTeamQueues() },
];
