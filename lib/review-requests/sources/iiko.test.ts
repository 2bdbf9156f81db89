import { describe, expect, it } from "vitest";
import { worded } from "@/lib/review-requests/sources/fixtures/worded";

import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import { parseIikoWebhook } from "@/lib/review-requests/sources/iiko";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import { parseWebhookBody } from "@/lib/review-requests/sources/parse-body";

const parseFixture = (name: string) =>
  parseIikoWebhook({ body: parseWebhookBody({ rawBody: loadFixture(name), contentType: "application/json" }) });

function seedPayload(): Record<string, any> {
  return JSON.parse(loadFixture("iiko-delivery-order-update.json"));
}

describe("parseIikoWebhook", () => {
  it("accepts the seed's DeliveryOrderUpdate payload, keyed on the order id", () => {
    expect(parseFixture("iiko-delivery-order-update.json")).toEqual({
      outcome: "eligible",
      sourceEventId: "order-uuid",
      phone: "+79991234567",
      customerName: "Иван",
      email: undefined,
      // eventTime has no offset (venue local time): not guessed.
      occurredAt: undefined,
    });
  });

  it("accepts the seed's test curl body, with a stable fallback id", () => {
    const first = parseFixture("iiko-test-curl.json");
    const again = parseIikoWebhook({ body: JSON.parse(loadFixture("iiko-test-curl.json")) });
    expect(first).toMatchObject({ outcome: "eligible", phone: "+79991234567" });
    expect(first.sourceEventId).toMatch(/^payload-sha256:[0-9a-f]{32}$/);
    expect(again.sourceEventId).toBe(first.sourceEventId);
  });

  it.each(["Closed", "Finished"])("accepts TableOrderUpdate with status %s", (status) => {
    const body = seedPayload();
    body.eventType = "TableOrderUpdate";
    body.eventInfo.order.status = status;
    expect(parseIikoWebhook({ body })).toMatchObject({ outcome: "eligible", sourceEventId: "order-uuid" });
  });

  it.each(["OnWay", "CookingCompleted", "Cancelled", "delivered"])(
    "skips status %s with a visible reason",
    (status) => {
      const body = seedPayload();
      body.eventInfo.order.status = status;
      const result = parseIikoWebhook({ body });
      expect(result).toMatchObject({ outcome: "skipped", code: "not_final_status", sourceEventId: "order-uuid" });
      expect(worded(result)).toMatchObject({ reason: expect.stringContaining(status) });
    },
  );

  it.each(["StopListUpdate", "ReserveUpdate"])("acknowledges and skips %s", (eventType) => {
    const body = seedPayload();
    body.eventType = eventType;
    expect(worded(parseIikoWebhook({ body }))).toMatchObject({
      outcome: "skipped",
      code: "ignored_event",
      reason: expect.stringContaining(eventType),
    });
  });

  it("skips a payload without eventType", () => {
    const body = seedPayload();
    delete body.eventType;
    expect(parseIikoWebhook({ body })).toMatchObject({ outcome: "skipped", code: "ignored_event" });
  });

  it("finds the phone in each path the seed lists", () => {
    const base = { eventType: "DeliveryOrderUpdate", eventInfo: { id: "o-1", order: { status: "Delivered" } } };
    const variants: Record<string, unknown>[] = [
      { order: { customer: { phone: "8 (916) 111-22-33" } } },
      { eventInfo: { id: "o-1", order: { status: "Delivered", customer: { phone: "8 (916) 111-22-33" } } } },
      { deliveryOrder: { customer: { phone: "8 (916) 111-22-33" } } },
      { customer: { phone: "8 (916) 111-22-33" } },
      { phone: "8 (916) 111-22-33" },
      // Not in the seed: where iiko Cloud API really puts a delivery order's phone.
      {
        eventInfo: {
          id: "o-1",
          order: { status: "Delivered", phone: "8 (916) 111-22-33", customer: { name: "Анна" } },
        },
      },
    ];
    for (const variant of variants) {
      expect(parseIikoWebhook({ body: { ...base, ...variant } })).toMatchObject({
        outcome: "eligible",
        phone: "+79161112233",
      });
    }
  });

  it("prefers order.customer.phone over the others, in the seed's order", () => {
    const body = { ...seedPayload(), order: { customer: { phone: "+79160000001" } }, phone: "+79160000002" };
    expect(parseIikoWebhook({ body })).toMatchObject({ phone: "+79160000001" });
  });

  it("skips an order without a phone, or with an unusable one", () => {
    const body = seedPayload();
    delete body.eventInfo.order.customer.phone;
    expect(parseIikoWebhook({ body })).toMatchObject({
      outcome: "skipped",
      code: "no_phone",
      sourceEventId: "order-uuid",
    });
    body.eventInfo.order.customer.phone = "12345";
    expect(worded(parseIikoWebhook({ body }))).toMatchObject({
      outcome: "skipped",
      code: "invalid_phone",
      reason: expect.stringContaining("12345"),
    });
  });

  it("tolerates iiko's nulls and reads an offset-bearing timestamp", () => {
    const body = seedPayload();
    body.eventInfo.order.customer.email = null;
    body.eventInfo.order.whenClosed = "2024-01-15T14:30:00.000+03:00";
    body.eventInfo.errorInfo = null;
    expect(parseIikoWebhook({ body })).toMatchObject({
      outcome: "eligible",
      occurredAt: new Date("2024-01-15T11:30:00.000Z"),
    });
  });

  it("throws MalformedPayloadError on shape errors", () => {
    expect(() => parseIikoWebhook({ body: "not an object" })).toThrow(MalformedPayloadError);
    const body = seedPayload();
    body.eventInfo.order.customer = "Иван";
    expect(() => parseIikoWebhook({ body })).toThrow(/eventInfo\.order\.customer/);
  });
});
