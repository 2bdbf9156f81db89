import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// Thin wrappers: the services are mocked here and have integration tests of their own
// (lib/review-requests/process-review-request.int.test.ts).
const services = vi.hoisted(() => ({
  processReviewRequests: vi.fn(async ({ requestIds }: { requestIds: string[] }) =>
    Object.fromEntries(requestIds.map((id) => [id, "sent"])),
  ),
}));
vi.mock("@/lib/review-requests/process-review-request", () => ({
  processReviewRequests: services.processReviewRequests,
}));

const fns = await import("@/inngest/functions/review-requests");

describe("review-request functions", () => {
  it("review-requests-send sends the event's requests", async () => {
    const t = new InngestTestEngine({ function: fns.sendReviewRequests });
    const { result } = await t.execute({
      events: [{ name: "review-requests/requests.queued", data: { requestIds: ["r1", "r2"] } }],
    });
    expect(result).toEqual({ r1: "sent", r2: "sent" });
    expect(services.processReviewRequests).toHaveBeenCalledWith({ requestIds: ["r1", "r2"] });
  });
});
