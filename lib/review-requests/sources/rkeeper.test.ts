import { describe, expect, it } from "vitest";
import { worded } from "@/lib/review-requests/sources/fixtures/worded";

import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import { parseWebhookBody } from "@/lib/review-requests/sources/parse-body";
import { parseRkeeperWebhook } from "@/lib/review-requests/sources/rkeeper";

function seedPayload(): Record<string, any> {
  return JSON.parse(loadFixture("rkeeper-test-curl.json"));
}

describe("parseRkeeperWebhook", () => {
  it("accepts the seed's test payload", () => {
    const body = parseWebhookBody({ rawBody: loadFixture("rkeeper-test-curl.json"), contentType: "application/json" });
    const result = parseRkeeperWebhook({ body });
    expect(result).toMatchObject({ outcome: "eligible", phone: "+79991234567" });
    expect(result.sourceEventId).toMatch(/^payload-sha256:/);
  });

  it("uses the order id for idempotency when there is one", () => {
    const body = seedPayload();
    body.order.id = 98765;
    expect(parseRkeeperWebhook({ body })).toMatchObject({ sourceEventId: "98765" });
  });

  it.each(["Доставлен", " выполнен ", "ДОСТАВЛЕН"])("accepts final status %j", (status) => {
    const body = seedPayload();
    body.order.status = status;
    expect(parseRkeeperWebhook({ body })).toMatchObject({ outcome: "eligible" });
  });

  it.each(["Новый", "Передан на кухню", "Отменен", "В пути", "У курьера"])("skips status %s", (status) => {
    const body = seedPayload();
    body.order.status = status;
    expect(worded(parseRkeeperWebhook({ body }))).toMatchObject({
      outcome: "skipped",
      code: "not_final_status",
      reason: expect.stringContaining(status),
    });
  });

  it("reads a top-level status when the order has none", () => {
    expect(parseRkeeperWebhook({ body: { status: "Выполнен", phone: "89161112233" } })).toMatchObject({
      outcome: "eligible",
      phone: "+79161112233",
    });
  });

  it("finds the phone in each path the seed lists", () => {
    const variants = [
      { order: { status: "Выполнен", customer: { phone: "+7 916 111-22-33" } } },
      { order: { status: "Выполнен", client: { phone: "+7 916 111-22-33" } } },
      { order: { status: "Выполнен" }, customer: { phone: "+7 916 111-22-33" } },
      { order: { status: "Выполнен" }, client: { phone: "+7 916 111-22-33" } },
      { order: { status: "Выполнен" }, phone: "+7 916 111-22-33" },
    ];
    for (const body of variants) {
      expect(parseRkeeperWebhook({ body })).toMatchObject({ outcome: "eligible", phone: "+79161112233" });
    }
  });

  it("skips a finished order without a phone", () => {
    const body = seedPayload();
    delete body.order.customer;
    expect(parseRkeeperWebhook({ body })).toMatchObject({ outcome: "skipped", code: "no_phone" });
  });

  it("throws MalformedPayloadError on shape errors", () => {
    expect(() => parseRkeeperWebhook({ body: [seedPayload()] })).toThrow(MalformedPayloadError);
    expect(() => parseRkeeperWebhook({ body: { order: { status: 5 } } })).toThrow(/order\.status/);
  });
});
