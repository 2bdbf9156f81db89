import { describe, expect, it } from "vitest";
import { disputeState } from "@/lib/inbox/dispute-state";

describe("disputeState", () => {
  const t = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
  it("open while the latest opening is after any closing, whatever order the pushes came in", () => {
    expect(disputeState({ disputeOpenedAt: null, disputeClosedAt: null })).toBeNull();
    expect(disputeState({ disputeOpenedAt: t(1), disputeClosedAt: null })).toBe("open");
    expect(disputeState({ disputeOpenedAt: t(1), disputeClosedAt: t(2) })).toBe("finished");
    expect(disputeState({ disputeOpenedAt: t(3), disputeClosedAt: t(2) })).toBe("open");
    // Only the FINISHED push was seen (the STARTED one still on its way, or lost).
    expect(disputeState({ disputeOpenedAt: null, disputeClosedAt: t(2) })).toBe("finished");
  });
});
