import { describe, expect, it } from "vitest";

import { linesToFormBody, loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import { MAX_WEBHOOK_BODY_CHARS, parseWebhookBody } from "@/lib/review-requests/sources/parse-body";
import { webhookReasonText } from "@/lib/review-requests/webhook-reason";

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedPayloadError);
    return webhookReasonText((error as MalformedPayloadError).reason, "ru");
  }
  throw new Error("expected MalformedPayloadError");
}

describe("parseWebhookBody", () => {
  it("parses JSON with a charset parameter", () => {
    const body = parseWebhookBody({
      rawBody: loadFixture("iiko-delivery-order-update.json"),
      contentType: "application/json; charset=utf-8",
    });
    expect(body).toMatchObject({ eventType: "DeliveryOrderUpdate", eventInfo: { id: "order-uuid" } });
  });

  it("parses amoCRM's percent-encoded nested form body into arrays", () => {
    const rawBody = linesToFormBody(loadFixture("amocrm-status.form.txt"));
    const body = parseWebhookBody({ rawBody, contentType: "application/x-www-form-urlencoded" });
    expect(body).toEqual({
      leads: { status: [{ id: "12345", status_id: "142", pipeline_id: "789", old_status_id: "456" }] },
      contacts: {
        update: [{ id: "111", custom_fields: [{ id: "66192", name: "Телефон", values: [{ value: "79991234567" }] }] }],
      },
    });
  });

  it("reads the seed's form lines even with raw brackets and Cyrillic", () => {
    const rawBody = loadFixture("amocrm-status.form.txt").trim().split("\n").join("&");
    const body = parseWebhookBody({ rawBody, contentType: "application/x-www-form-urlencoded" });
    expect(body).toMatchObject({ contacts: { update: [{ custom_fields: [{ name: "Телефон" }] }] } });
  });

  it("sniffs the format when Content-Type is missing or generic", () => {
    expect(parseWebhookBody({ rawBody: '{"a":1}', contentType: null })).toEqual({ a: 1 });
    expect(parseWebhookBody({ rawBody: "a[b]=1", contentType: "text/plain" })).toEqual({ a: { b: "1" } });
  });

  it("rejects bodies it cannot read, with a reason", () => {
    expect(reasonOf(() => parseWebhookBody({ rawBody: "", contentType: "application/json" }))).toMatch(/Пустое/);
    expect(reasonOf(() => parseWebhookBody({ rawBody: "{oops", contentType: "application/json" }))).toMatch(/JSON/);
    expect(reasonOf(() => parseWebhookBody({ rawBody: "[1,2]", contentType: "application/json" }))).toMatch(/объект/);
    expect(reasonOf(() => parseWebhookBody({ rawBody: "null", contentType: "application/json" }))).toMatch(/объект/);
    expect(reasonOf(() => parseWebhookBody({ rawBody: "<xml/>", contentType: "application/xml" }))).toMatch(/формат/);
  });

  it("enforces size, depth and array limits on form bodies", () => {
    expect(
      reasonOf(() => parseWebhookBody({ rawBody: "a".repeat(MAX_WEBHOOK_BODY_CHARS + 1), contentType: null })),
    ).toMatch(/больше/);
    const deep = `a${"[x]".repeat(12)}=1`;
    expect(
      reasonOf(() => parseWebhookBody({ rawBody: deep, contentType: "application/x-www-form-urlencoded" })),
    ).toMatch(/form/);
    expect(
      reasonOf(() => parseWebhookBody({ rawBody: "a[5000]=1", contentType: "application/x-www-form-urlencoded" })),
    ).toMatch(/form/);
  });

  it("never lets a form body touch Object.prototype", () => {
    const body = parseWebhookBody({
      rawBody: "__proto__[polluted]=yes&a=1",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(body).toEqual({ a: "1" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
