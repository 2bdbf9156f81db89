import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// Thin wrappers: the services are mocked here; inngest/functions/follow-ups.int.test.ts runs the same
// functions on the real services against the simulator.
const services = vi.hoisted(() => ({
  scheduleRuleFollowUps: vi.fn(async () => [{ kind: "RESOLVED", outcome: "scheduled" }]),
  sweepScheduledMessages: vi.fn(async () => ({ due: 2, interrupted: 0, outcomes: { sent: 1, cancelled: 1 } })),
}));
vi.mock("@/lib/follow-ups/schedule-rule-follow-ups", () => ({ scheduleRuleFollowUps: services.scheduleRuleFollowUps }));
vi.mock("@/lib/follow-ups/sweep-scheduled-messages", () => ({ sweepScheduledMessages: services.sweepScheduledMessages }));

const fns = await import("@/inngest/functions/follow-ups");

describe("follow-up functions", () => {
  it("follow-ups-schedule-rules schedules the resolved chat's rules", async () => {
    const t = new InngestTestEngine({ function: fns.scheduleRuleFollowUpsFn });
    const { result } = await t.execute({ events: [{ name: "follow-ups/chat.resolved", data: { workspaceId: "w1", chatId: "c1" } }] });
    expect(result).toEqual([{ kind: "RESOLVED", outcome: "scheduled" }]);
    expect(services.scheduleRuleFollowUps).toHaveBeenCalledWith({ workspaceId: "w1", chatId: "c1" });
  });

  it("follow-ups-sweep runs every minute and sends (or cancels) what is due", async () => {
    expect(fns.sweepScheduledMessagesCron.opts.triggers).toEqual([{ cron: "* * * * *" }]);
    const { result } = await new InngestTestEngine({ function: fns.sweepScheduledMessagesCron }).execute();
    expect(result).toMatchObject({ due: 2, outcomes: { sent: 1, cancelled: 1 } });
    expect(services.sweepScheduledMessages).toHaveBeenCalledOnce();
  });

  it("both are registered with the app's functions", async () => {
    const { functions } = await import("@/inngest/functions");
    expect(functions).toContain(fns.sweepScheduledMessagesCron);
    expect(functions).toContain(fns.scheduleRuleFollowUpsFn);
  });
});
