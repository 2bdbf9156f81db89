import { describe, expect, it } from "vitest";
import { caseReminderSchedule } from "@/lib/negative-reviews/case-reminder-schedule";

const H = 3_600_000;
const reply = new Date("2026-11-20T10:00:00Z");
const base = {
  hasHoldWindow: true,
  reviewCreatedAt: new Date(reply.getTime() - 2 * H),
  openedAt: new Date(reply.getTime() - H),
  firstBuyerReplyAt: reply,
  deadlineAt: new Date(reply.getTime() + 72 * H),
};

describe("case reminder schedule", () => {
  it("reminds 48, 24, 6 and 1 h before the deadline and escalates 24 h after the buyer's reply", () => {
    const s = caseReminderSchedule({ kase: base, offsetsHours: [48, 24, 6, 1] });
    expect(s.map((r) => [r.kind, (r.at.getTime() - reply.getTime()) / H])).toEqual([
      ["escalation", 24],
      ["deadline-48h", 24],
      ["deadline-24h", 48],
      ["deadline-6h", 66],
      ["deadline-1h", 71],
    ]);
  });

  it("nothing before the deadline is known but nothing at all without a hold window's reply", () => {
    expect(
      caseReminderSchedule({ kase: { ...base, firstBuyerReplyAt: null, deadlineAt: null }, offsetsHours: [48] }),
    ).toEqual([]);
  });

  it("without a hold window: only the escalation, 24 h after the review, and not for a review found too late", () => {
    const ym = { ...base, hasHoldWindow: false, firstBuyerReplyAt: null, deadlineAt: null };
    expect(caseReminderSchedule({ kase: ym, offsetsHours: [48] }).map((r) => r.kind)).toEqual(["escalation"]);
    expect(
      caseReminderSchedule({ kase: { ...ym, openedAt: new Date(reply.getTime() + 30 * H) }, offsetsHours: [48] }),
    ).toEqual([]);
  });
});
