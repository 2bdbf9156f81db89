import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// A thin wrapper: the service is mocked; lib/inbox/settle-stuck-replies.int.test.ts runs it for real.
const settleStuckReplies = vi.hoisted(() => vi.fn(async () => ({ sent: 1, failed: 2 })));
vi.mock("@/lib/inbox/settle-stuck-replies", () => ({ settleStuckReplies }));

const fns = await import("@/inngest/functions/stuck-replies");

describe("stuck-replies-sweep", () => {
  it("runs every minute, is registered, and is on the in-process schedule too", async () => {
    expect(fns.settleStuckRepliesCron.opts.triggers).toEqual([{ cron: "* * * * *" }]);
    const { result } = await new InngestTestEngine({ function: fns.settleStuckRepliesCron }).execute();
    expect(result).toEqual({ sent: 1, failed: 2 });
    expect(settleStuckReplies).toHaveBeenCalledOnce();
    const { functions } = await import("@/inngest/functions");
    expect(functions).toContain(fns.settleStuckRepliesCron);
    const { SCHEDULES } = await import("@/lib/jobs/schedules");
    expect(SCHEDULES.find((s) => s.id === "stuck-replies-sweep")?.everyMs).toBe(60_000);
  });
});
