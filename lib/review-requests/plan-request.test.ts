import { describe, expect, it } from "vitest";

import type { ReviewRequestSettings } from "@/lib/review-requests/plan-request";
import { planRequest } from "@/lib/review-requests/plan-request";

const SETTINGS: ReviewRequestSettings = {
  channelOrder: ["whatsapp", "sms", "email"],
  delayMinutes: 0,
  quietHours: { start: "21:00", end: "09:00" },
  timeZone: "Europe/Moscow",
  frequencyDays: 30,
};
const EVENT = { sourceEventId: "order-1", phone: "+79991234567" };
const NOON_MSK = new Date("2024-06-01T09:00:00Z"); // 12:00 Moscow

function plan(overrides: Partial<Parameters<typeof planRequest>[0]> = {}) {
  return planRequest({
    event: EVENT,
    now: NOON_MSK,
    settings: SETTINGS,
    optedOut: false,
    alreadyRequestedForSourceEvent: false,
    configuredChannels: ["sms", "whatsapp", "email"],
    hasReviewLink: true,
    ...overrides,
  });
}

describe("planRequest", () => {
  it("sends nothing without the workspace's review link (the message would end with nowhere to go)", () => {
    expect(plan({ hasReviewLink: false })).toMatchObject({
      action: "skip",
      code: "no_review_link",
      reason: { code: "no_review_link" },
    });
    // Without a provider the log still keeps the text that would have gone out.
    expect(plan({ hasReviewLink: false, configuredChannels: [] })).toMatchObject({
      action: "skip",
      code: "not_configured",
    });
  });

  it("sends now over the first configured channel in the workspace's order", () => {
    expect(plan()).toEqual({
      action: "send",
      channel: "whatsapp",
      fallbackChannels: ["sms"],
      sendAt: NOON_MSK,
      deferredByQuietHours: false,
    });
    expect(plan({ configuredChannels: ["sms"] })).toMatchObject({ channel: "sms", fallbackChannels: [] });
  });

  it("uses email only when the customer has an address", () => {
    expect(plan({ event: { ...EVENT, email: "a@b.ru" } })).toMatchObject({ fallbackChannels: ["sms", "email"] });
    expect(plan({ configuredChannels: ["email"] })).toMatchObject({ action: "skip", code: "no_channel" });
  });

  it("says 'not configured' when no provider is set up", () => {
    expect(plan({ configuredChannels: [] })).toEqual({
      action: "skip",
      code: "not_configured",
      reason: { code: "not_configured" },
    });
  });

  it("sends at most one request per order/visit/deal", () => {
    expect(plan({ alreadyRequestedForSourceEvent: true })).toMatchObject({ action: "skip", code: "duplicate_event" });
  });

  it("honours the opt-out list whatever the channel", () => {
    expect(plan({ optedOut: true })).toMatchObject({ action: "skip", code: "opted_out" });
    expect(plan({ optedOut: true, configuredChannels: ["email"], event: { ...EVENT, email: "a@b.ru" } })).toMatchObject(
      { code: "opted_out" },
    );
  });

  it("limits each phone to one request per frequencyDays", () => {
    const day = 24 * 60 * 60 * 1000;
    const recent = new Date(NOON_MSK.getTime() - 29 * day);
    expect(plan({ lastRequestAtForPhone: recent })).toMatchObject({
      action: "skip",
      code: "frequency_limit",
      reason: { code: "frequency_limit", params: { last: "03.05.2024", days: expect.any(Number) } },
    });
    expect(plan({ lastRequestAtForPhone: new Date(NOON_MSK.getTime() - 30 * day) })).toMatchObject({ action: "send" });
    expect(plan({ lastRequestAtForPhone: recent, settings: { ...SETTINGS, frequencyDays: 7 } })).toMatchObject({
      action: "send",
    });
    expect(
      plan({ lastRequestAtForPhone: new Date(NOON_MSK.getTime() - 1000), settings: { ...SETTINGS, frequencyDays: 0 } }),
    ).toMatchObject({ action: "send" });
  });

  it("delays from the event time, never into the past", () => {
    const settings = { ...SETTINGS, delayMinutes: 120 };
    expect(plan({ settings })).toMatchObject({ sendAt: new Date("2024-06-01T11:00:00Z") });
    const occurredAt = new Date("2024-06-01T08:30:00Z");
    expect(plan({ settings, event: { ...EVENT, occurredAt } })).toMatchObject({
      sendAt: new Date("2024-06-01T10:30:00Z"),
    });
    const longAgo = new Date("2024-05-01T00:00:00Z");
    expect(plan({ settings, event: { ...EVENT, occurredAt: longAgo } })).toMatchObject({ sendAt: NOON_MSK });
    const future = new Date("2024-06-02T00:00:00Z");
    expect(plan({ settings, event: { ...EVENT, occurredAt: future } })).toMatchObject({
      sendAt: new Date("2024-06-01T11:00:00Z"),
    });
  });

  it("queues SMS and WhatsApp for the morning in the business's zone", () => {
    const lateMsk = new Date("2024-06-01T19:30:00Z"); // 22:30 Moscow
    expect(plan({ now: lateMsk, configuredChannels: ["sms"] })).toEqual({
      action: "send",
      channel: "sms",
      fallbackChannels: [],
      sendAt: new Date("2024-06-02T06:00:00Z"),
      deferredByQuietHours: true,
    });
    // The same instant is 05:30 next day in Vladivostok (UTC+10): quiet until 09:00 there.
    expect(plan({ now: lateMsk, settings: { ...SETTINGS, timeZone: "Asia/Vladivostok" } })).toMatchObject({
      channel: "whatsapp",
      sendAt: new Date("2024-06-01T23:00:00Z"),
      deferredByQuietHours: true,
    });
  });

  it("pushes a delay that lands in quiet hours to the morning", () => {
    const evening = new Date("2024-06-01T17:00:00Z"); // 20:00 Moscow, +90 min = 21:30
    expect(plan({ now: evening, settings: { ...SETTINGS, delayMinutes: 90 } })).toMatchObject({
      sendAt: new Date("2024-06-02T06:00:00Z"),
      deferredByQuietHours: true,
    });
  });

  it("sends email at night right away, without SMS/WhatsApp fallbacks that would break quiet hours", () => {
    const lateMsk = new Date("2024-06-01T19:30:00Z");
    const result = plan({
      now: lateMsk,
      settings: { ...SETTINGS, channelOrder: ["email", "sms", "whatsapp"] },
      event: { ...EVENT, email: "a@b.ru" },
    });
    expect(result).toEqual({
      action: "send",
      channel: "email",
      fallbackChannels: [],
      sendAt: lateMsk,
      deferredByQuietHours: false,
    });
    const noon = plan({
      settings: { ...SETTINGS, channelOrder: ["email", "sms"] },
      event: { ...EVENT, email: "a@b.ru" },
    });
    expect(noon).toMatchObject({ channel: "email", fallbackChannels: ["sms"] });
  });

  it("rejects invalid settings", () => {
    expect(() => plan({ settings: { ...SETTINGS, timeZone: "Moscow" } })).toThrow(/time zone/);
    expect(() => plan({ settings: { ...SETTINGS, quietHours: { start: "9:00", end: "21:00" } } })).toThrow();
    expect(() => plan({ settings: { ...SETTINGS, channelOrder: ["sms", "sms"] } })).toThrow(/repeat/);
  });
});
