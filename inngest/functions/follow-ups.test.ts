import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// Thin wrappers: the services are mocked here; inngest/functions/follow-ups.int.test.ts runs the same
// functions on the real services against the simulator.
const services = vi.hoisted(() => ({
  scheduleRuleFollowUps: vi.fn(async () => [{ kind: "RESOLVED", outcome: "scheduled" }]),
}));
vi.mock("@/lib/follow-ups/schedule-rule-follow-ups", () => ({ scheduleRuleFollowUps: services.scheduleRuleFollowUps }));

const fns = await import("@/inngest/functions/follow-ups");
// The app's function list imports every service: loaded once here, outside any test's time limit.
const { functions } = await import("@/inngest/functions");

describe("follow-up functions", () => {
  it("follow-ups-schedule-rules schedules the resolved chat's rules", async () => {
    const t = new InngestTestEngine({ function: fns.scheduleRuleFollowUpsFn });
    const { result } = await t.execute({
      events: [{ name: "follow-ups/chat.resolved", data: { workspaceId: "w1", chatId: "c1" } }],
    });
    expect(result).toEqual([{ kind: "RESOLVED", outcome: "scheduled" }]);
    expect(services.scheduleRuleFollowUps).toHaveBeenCalledWith({ workspaceId: "w1", chatId: "c1" });
  });

  it("it is registered with the app's functions", () => {
    expect(functions).toContain(fns.scheduleRuleFollowUpsFn);
  });
});
