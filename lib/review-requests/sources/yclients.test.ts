import { describe, expect, it } from "vitest";
import { worded } from "@/lib/review-requests/sources/fixtures/worded";

import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import { parseWebhookBody } from "@/lib/review-requests/sources/parse-body";
import { parseYclientsWebhook } from "@/lib/review-requests/sources/yclients";

function seedPayload(): Record<string, any> {
  return JSON.parse(loadFixture("yclients-record-changed.json"));
}

describe("parseYclientsWebhook", () => {
  it("accepts the seed's record_changed payload", () => {
    const body = parseWebhookBody({
      rawBody: loadFixture("yclients-record-changed.json"),
      contentType: "application/json",
    });
    expect(parseYclientsWebhook({ body })).toEqual({
      outcome: "eligible",
      sourceEventId: "12345",
      phone: "+79991234567",
      customerName: "Иван Петров",
      email: undefined,
      occurredAt: new Date(1547622000 * 1000),
    });
  });

  it("accepts the seed's test curl body", () => {
    const body = parseWebhookBody({ rawBody: loadFixture("yclients-test-curl.json"), contentType: "application/json" });
    expect(parseYclientsWebhook({ body })).toMatchObject({ outcome: "eligible", phone: "+79991234567" });
  });

  it("keys on visit_id so a multi-record visit gets one request", () => {
    const body = seedPayload();
    body.resource.visit_id = 555;
    expect(parseYclientsWebhook({ body })).toMatchObject({ sourceEventId: "555" });
  });

  it("skips a deleted visit", () => {
    const body = seedPayload();
    body.resource.deleted = true;
    expect(parseYclientsWebhook({ body })).toMatchObject({
      outcome: "skipped",
      code: "deleted",
      sourceEventId: "12345",
    });
  });

  it.each([
    [0, "ожидание клиента"],
    [-1, "клиент подтвердил"],
    [2, "клиент не пришёл"],
  ])("skips visit_attendance %i (%s)", (attendance, label) => {
    const body = seedPayload();
    body.resource.visit_attendance = attendance;
    expect(worded(parseYclientsWebhook({ body }))).toMatchObject({
      outcome: "skipped",
      code: "not_final_status",
      reason: expect.stringContaining(label),
    });
  });

  it("skips a record without visit_attendance", () => {
    const body = seedPayload();
    delete body.resource.visit_attendance;
    expect(parseYclientsWebhook({ body })).toMatchObject({ outcome: "skipped", code: "not_final_status" });
  });

  it("reads YCLIENTS' documented { resource: 'record', data } shape, with string flags", () => {
    const record = {
      ...seedPayload().resource,
      visit_attendance: "1",
      deleted: 0,
      datetime: "2019-01-16T10:00:00+03:00",
    };
    const body = { company_id: 4564, resource: "record", resource_id: 12345, status: "update", data: record };
    expect(parseYclientsWebhook({ body })).toMatchObject({
      outcome: "eligible",
      sourceEventId: "12345",
      occurredAt: new Date("2019-01-16T07:00:00Z"),
    });
    expect(parseYclientsWebhook({ body: { ...body, status: "delete" } })).toMatchObject({ code: "deleted" });
    expect(parseYclientsWebhook({ body: { ...body, resource: "client" } })).toMatchObject({ code: "ignored_event" });
  });

  it("finds the phone in each path the seed lists", () => {
    const record = { visit_attendance: 1, deleted: false };
    const variants = [
      { resource: { ...record, client: { phone: "8-916-111-22-33" } } },
      { data: { ...record, client: { phone: "8-916-111-22-33" } } },
      { record: { ...record, client: { phone: "8-916-111-22-33" } } },
      { ...record, client: { phone: "8-916-111-22-33" } },
      { ...record, phone: "8-916-111-22-33" },
    ];
    for (const body of variants) {
      expect(parseYclientsWebhook({ body })).toMatchObject({ outcome: "eligible", phone: "+79161112233" });
    }
  });

  it("skips a visit whose client has no phone", () => {
    const body = seedPayload();
    body.resource.client = null;
    expect(parseYclientsWebhook({ body })).toMatchObject({
      outcome: "skipped",
      code: "no_phone",
      sourceEventId: "12345",
    });
  });

  it("throws MalformedPayloadError on shape errors", () => {
    expect(() => parseYclientsWebhook({ body: 42 })).toThrow(MalformedPayloadError);
    const body = seedPayload();
    body.resource.client = ["Иван"];
    expect(() => parseYclientsWebhook({ body })).toThrow(/resource/);
  });
});
