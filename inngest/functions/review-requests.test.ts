import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// Thin wrappers: the services are mocked here and have integration tests of their own
// (lib/review-requests/process-review-request.int.test.ts).
const services = vi.hoisted(() => ({
  processReviewRequests: vi.fn(async ({ requestIds }: { requestIds: string[] }) => Object.fromEntries(requestIds.map((id) => [id, "sent"]))),
  sweepReviewRequests: vi.fn(async () => ({ due: 2, interrupted: 0, outcomes: { sent: 2 }, delivery: { checked: 0, delivered: 0, failed: 0 } })),
}));
vi.mock("@/lib/review-requests/process-review-request", () => ({ processReviewRequests: services.processReviewRequests }));
vi.mock("@/lib/review-requests/sweep-review-requests", () => ({ sweepReviewRequests: services.sweepReviewRequests }));

const fns = await import("@/inngest/functions/review-requests");

describe("review-request functions", () => {
  it("review-requests-send sends the event's requests", async () => {
    const t = new InngestTestEngine({ function: fns.sendReviewRequests });
    const { result } = await t.execute({ events: [{ name: "review-requests/requests.queued", data: { requestIds: ["r1", "r2"] } }] });
    expect(result).toEqual({ r1: "sent", r2: "sent" });
    expect(services.processReviewRequests).toHaveBeenCalledWith({ requestIds: ["r1", "r2"] });
  });

  it("review-requests-sweep runs every minute and sweeps", async () => {
    expect(fns.sweepReviewRequestsCron.opts.triggers).toEqual([{ cron: "* * * * *" }]);
    const { result } = await new InngestTestEngine({ function: fns.sweepReviewRequestsCron }).execute();
    expect(result).toMatchObject({ due: 2, outcomes: { sent: 2 } });
    expect(services.sweepReviewRequests).toHaveBeenCalledOnce();
  });
});
