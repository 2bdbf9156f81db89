import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// A thin wrapper: the service is mocked; lib/bulk/bulk-jobs.int.test.ts runs it for real.
const runBulkJob = vi.hoisted(() => vi.fn(async () => ({ processed: 10 })));
vi.mock("@/lib/bulk/run-bulk-job", () => ({ runBulkJob }));

const fns = await import("@/inngest/functions/team");
// The whole list is loaded once, at collection time, not inside the test's time limit.
const { functions } = await import("@/inngest/functions");

describe("bulk-job-run", () => {
  it("is registered and runs the bulk job the event names", async () => {
    expect(functions).toContain(fns.runBulkJobFn);
    const { result } = await new InngestTestEngine({
      function: fns.runBulkJobFn,
      events: [{ name: "inbox/bulk-job.created", data: { jobId: "job-1" } }],
    }).execute();
    expect(result).toEqual({ processed: 10 });
    expect(runBulkJob).toHaveBeenCalledWith({ jobId: "job-1" });
  });
});
