import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// Each scheduled job of lib/job-list.ts becomes one Inngest cron that runs the job's service (mocked
// here; each has integration tests of its own). The pickups are the worker role's, never crons.
const services = vi.hoisted(() => ({
  sweepWebhookEvents: vi.fn(async () => ({ due: 3, processed: 3, failed: 0 })),
  sweepReviewRequests: vi.fn(async () => ({ due: 2, interrupted: 0, outcomes: { sent: 2 } })),
  sendDueReviewRequests: vi.fn(async () => ({ due: 0, outcomes: {} })),
  sweepNegativeReviews: vi.fn(async () => ({ open: 3, outcomes: { sent: 1 }, published: 0 })),
  sweepScheduledMessages: vi.fn(async () => ({ due: 2, interrupted: 0, outcomes: { sent: 1, cancelled: 1 } })),
  settleStuckReplies: vi.fn(async () => ({ sent: 1, failed: 2 })),
  pruneJobRuns: vi.fn(async () => ({ pruned: 4 })),
  sweepTeamQueues: vi.fn(async () => ({ assigned: 3, resumed: 1 })),
}));
vi.mock("@/lib/ingest/sweep-webhook-events", () => ({ sweepWebhookEvents: services.sweepWebhookEvents }));
vi.mock("@/lib/review-requests/sweep-review-requests", () => ({
  sweepReviewRequests: services.sweepReviewRequests,
  sendDueReviewRequests: services.sendDueReviewRequests,
}));
vi.mock("@/lib/negative-reviews/sweep-negative-reviews", () => ({
  sweepNegativeReviews: services.sweepNegativeReviews,
}));
vi.mock("@/lib/follow-ups/sweep-scheduled-messages", () => ({
  sweepScheduledMessages: services.sweepScheduledMessages,
}));
vi.mock("@/lib/inbox/settle-stuck-replies", () => ({ settleStuckReplies: services.settleStuckReplies }));
vi.mock("@/lib/jobs/job-runs", () => ({ pruneJobRuns: services.pruneJobRuns }));
vi.mock("@/lib/assignment/sweep-team-queues", () => ({ sweepTeamQueues: services.sweepTeamQueues }));

const { jobFunctions, jobFunctionById } = await import("@/inngest/functions/jobs");
const { JOBS } = await import("@/lib/job-list");
const { cronFor } = await import("@/lib/jobs/job");
const { functions } = await import("@/inngest/functions");

describe("job crons", () => {
  it("every scheduled job has one registered cron at its interval, and no pickup has one", () => {
    const scheduled = JOBS.filter((j) => !j.pickup);
    expect(jobFunctions.map((f) => f.opts.id)).toEqual(scheduled.map((j) => j.id));
    for (const job of scheduled) {
      const fn = jobFunctionById(job.id);
      expect(functions).toContain(fn);
      expect(fn.opts.triggers).toEqual([{ cron: cronFor(job.everyMs) }]);
    }
    expect(JOBS.filter((j) => j.pickup).map((j) => j.id)).toEqual(["webhook-events-pickup", "review-requests-pickup"]);
    expect(() => jobFunctionById("webhook-events-pickup")).toThrow();
    expect(new Set(functions.map((f) => f.opts.id)).size).toBe(functions.length);
  });

  it.each([
    ["sweep-webhook-events", services.sweepWebhookEvents, { due: 3, processed: 3, failed: 0 }],
    ["review-requests-sweep", services.sweepReviewRequests, { due: 2, interrupted: 0, outcomes: { sent: 2 } }],
    ["negative-reviews-sweep", services.sweepNegativeReviews, { open: 3, outcomes: { sent: 1 }, published: 0 }],
    [
      "follow-ups-sweep",
      services.sweepScheduledMessages,
      { due: 2, interrupted: 0, outcomes: { sent: 1, cancelled: 1 } },
    ],
    ["stuck-replies-sweep", services.settleStuckReplies, { sent: 1, failed: 2 }],
    ["team-queues-sweep", services.sweepTeamQueues, { assigned: 3, resumed: 1 }],
    ["job-runs-prune", services.pruneJobRuns, { pruned: 4 }],
  ] as const)("%s runs its service", async (id, service, expected) => {
    const { result } = await new InngestTestEngine({ function: jobFunctionById(id) }).execute();
    expect(result).toEqual(expected);
    expect(service).toHaveBeenCalledOnce();
  });

  it("crons for intervals: a minute is Inngest's finest", () => {
    expect(cronFor(1_000)).toBe("* * * * *");
    expect(cronFor(60_000)).toBe("* * * * *");
    expect(cronFor(5 * 60_000)).toBe("*/5 * * * *");
    expect(cronFor(60 * 60_000)).toBe("0 */1 * * *");
  });
});
