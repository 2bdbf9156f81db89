import { describe, expect, it } from "vitest";
import { worded } from "@/lib/review-requests/sources/fixtures/worded";

import { parseAmocrmWebhook, parseAmocrmWebhookEvents } from "@/lib/review-requests/sources/amocrm";
import { linesToFormBody, loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import { parseWebhookBody } from "@/lib/review-requests/sources/parse-body";

const FORM = "application/x-www-form-urlencoded";
const formBody = (lines: string) => parseWebhookBody({ rawBody: linesToFormBody(lines), contentType: FORM });
const seedForm = () => loadFixture("amocrm-status.form.txt");

function seedJson(): Record<string, any> {
  return JSON.parse(loadFixture("amocrm-status.json"));
}

describe("parseAmocrmWebhook", () => {
  it("accepts the seed's form-encoded payload (legacy custom_fields)", () => {
    expect(parseAmocrmWebhook({ body: formBody(seedForm()) })).toEqual({
      outcome: "eligible",
      sourceEventId: "12345",
      phone: "+79991234567",
      customerName: undefined,
      email: undefined,
      occurredAt: undefined,
    });
  });

  it("accepts the seed's JSON payload and its test curl body", () => {
    const json = parseWebhookBody({ rawBody: loadFixture("amocrm-status.json"), contentType: "application/json" });
    expect(parseAmocrmWebhook({ body: json })).toMatchObject({
      outcome: "eligible",
      sourceEventId: "12345",
      phone: "+79991234567",
    });
    const curl = parseWebhookBody({ rawBody: loadFixture("amocrm-test-curl.json"), contentType: "application/json" });
    expect(parseAmocrmWebhook({ body: curl })).toMatchObject({
      outcome: "eligible",
      sourceEventId: "12345",
      phone: "+79991234567",
    });
  });

  it("follows the seed's priority: main_contact, custom_fields_values, custom_fields, phone", () => {
    const body = seedJson();
    body.leads.status[0].main_contact.phone = "+79160000001";
    body.contacts.update[0].custom_fields_values[0].values = [{ value: "+79160000002" }];
    body.contacts.update[0].custom_fields = [{ id: 1, name: "Телефон", values: [{ value: "+79160000003" }] }];
    body.contacts.update[0].phone = "+79160000004";
    const expected = ["+79160000001", "+79160000002", "+79160000003", "+79160000004"];
    for (const phone of expected) {
      expect(parseAmocrmWebhook({ body })).toMatchObject({ phone });
      if (phone === expected[0]) delete body.leads.status[0].main_contact.phone;
      if (phone === expected[1]) delete body.contacts.update[0].custom_fields_values;
      if (phone === expected[2]) delete body.contacts.update[0].custom_fields;
    }
  });

  it("matches the phone field by code PHONE as well as by name, and reads email fields", () => {
    const body = seedJson();
    delete body.leads.status[0].main_contact.phone;
    body.contacts.update[0].custom_fields_values = [
      { field_name: "Мобильный", field_code: "PHONE", values: [{ value: "8 916 111 22 33", enum_code: "MOB" }] },
      { field_name: "Email", field_code: "EMAIL", values: [{ value: "ivan@example.ru" }] },
    ];
    expect(parseAmocrmWebhook({ body })).toMatchObject({ phone: "+79161112233", email: "ivan@example.ru" });
  });

  it("reads a form-encoded v4 custom_fields_values body with a contact name", () => {
    const lines = [
      "leads[status][0][id]=777",
      "leads[status][0][status_id]=142",
      "leads[status][0][updated_at]=1700000000",
      "contacts[update][0][id]=111",
      "contacts[update][0][name]=Иван Петров",
      "contacts[update][0][custom_fields_values][0][field_code]=PHONE",
      "contacts[update][0][custom_fields_values][0][values][0][value]=+7 (916) 111-22-33",
    ].join("\n");
    expect(parseAmocrmWebhook({ body: formBody(lines) })).toEqual({
      outcome: "eligible",
      sourceEventId: "777",
      phone: "+79161112233",
      customerName: "Иван Петров",
      email: undefined,
      occurredAt: new Date(1700000000 * 1000),
    });
  });

  it.each([
    ["143", "не реализована"],
    ["456", "456"],
  ])("skips status_id %s", (statusId, text) => {
    const lines = seedForm().replace("[status_id]=142", `[status_id]=${statusId}`);
    expect(worded(parseAmocrmWebhook({ body: formBody(lines) }))).toMatchObject({
      outcome: "skipped",
      code: "not_final_status",
      sourceEventId: "12345",
      reason: expect.stringContaining(text),
    });
  });

  it("skips a won deal whose webhook carries no phone", () => {
    const lines = seedForm()
      .split("\n")
      .filter((line) => !line.startsWith("contacts"))
      .join("\n");
    expect(worded(parseAmocrmWebhook({ body: formBody(lines) }))).toMatchObject({
      outcome: "skipped",
      code: "no_phone",
      sourceEventId: "12345",
      reason: expect.stringContaining("main_contact"),
    });
  });

  it("skips webhooks that are not a status change", () => {
    expect(parseAmocrmWebhook({ body: { leads: { update: [{ id: 1, status_id: 142 }] } } })).toMatchObject({
      outcome: "skipped",
      code: "ignored_event",
    });
    expect(parseAmocrmWebhook({ body: formBody("contacts[update][0][id]=111") })).toMatchObject({
      code: "ignored_event",
    });
  });

  it("throws MalformedPayloadError on shape errors", () => {
    expect(() => parseAmocrmWebhook({ body: { leads: { status: "142" } } })).toThrow(MalformedPayloadError);
    expect(() => parseAmocrmWebhook({ body: { leads: { status: [{ id: { nested: true } }] } } })).toThrow(
      /leads\.status\.0\.id/,
    );
  });
});

describe("parseAmocrmWebhookEvents", () => {
  it("returns one outcome per lead and never lends one lead's contact to another", () => {
    const body = {
      leads: {
        status: [
          { id: 1, status_id: 142, main_contact: { id: 11 } },
          { id: 2, status_id: 143 },
          { id: 3, status_id: 142 },
          { id: 4, status_id: 142, main_contact: { id: 44 } },
        ],
      },
      contacts: {
        update: [
          { id: 44, custom_fields_values: [{ field_code: "PHONE", values: [{ value: "+79160000044" }] }] },
          { id: 11, custom_fields_values: [{ field_code: "PHONE", values: [{ value: "+79160000011" }] }] },
        ],
      },
    };
    expect(parseAmocrmWebhookEvents({ body })).toMatchObject([
      { outcome: "eligible", sourceEventId: "1", phone: "+79160000011" },
      { outcome: "skipped", sourceEventId: "2", code: "not_final_status" },
      { outcome: "skipped", sourceEventId: "3", code: "no_phone" },
      { outcome: "eligible", sourceEventId: "4", phone: "+79160000044" },
    ]);
  });

  it("reads leads indexed past qs's array limit as a list too", () => {
    const body = { leads: { status: { "0": { id: 5, status_id: "142", main_contact: { phone: "89161112233" } } } } };
    expect(parseAmocrmWebhookEvents({ body })).toMatchObject([{ outcome: "eligible", sourceEventId: "5" }]);
  });
});
