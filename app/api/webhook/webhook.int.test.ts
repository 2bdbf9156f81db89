import { beforeEach, describe, expect, it, vi } from "vitest";
import { fixture, json, reviewWebhookWorldPerFile, withId } from "@/lib/test/review-webhook-world";
import type { SourceSlug } from "@/lib/review-requests/source-slug";
import { linesToFormBody, loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import * as webhook from "@/app/api/webhook/[source]/route";
import { storedWebhookReason, webhookReasonText } from "@/lib/review-requests/webhook-reason";

// Hand-offs to the background are recorded, not run: these tests are about what the webhook
// answers and stores. Sending is covered in lib/review-requests/*.int.test.ts.
const dispatched = vi.hoisted(() => [] as { name: string; data: Record<string, unknown> }[]);
vi.mock("@/lib/jobs/dispatch-event", () => ({
  dispatchEvent: async ({ name, data }: { name: string; data: Record<string, unknown> }) =>
    void dispatched.push({ name, data }),
}));

const w = reviewWebhookWorldPerFile();
beforeEach(() => {
  dispatched.length = 0;
});

describe("POST /api/webhook/[source]: the seed's payloads", () => {
  const cases: { source: SourceSlug; fixture: string; sourceEventId?: string; name?: string }[] = [
    { source: "iiko", fixture: "iiko-delivery-order-update.json", sourceEventId: "order-uuid", name: "Иван" },
    { source: "iiko", fixture: "iiko-test-curl.json" },
    { source: "rkeeper", fixture: "rkeeper-test-curl.json" },
    { source: "yclients", fixture: "yclients-record-changed.json", sourceEventId: "12345", name: "Иван Петров" },
    { source: "yclients", fixture: "yclients-test-curl.json" },
    { source: "amocrm", fixture: "amocrm-status.json", sourceEventId: "12345" },
  ];
  for (const c of cases) {
    it(`${c.source}: ${c.fixture} queues one review request to +79991234567`, async () => {
      const res = await w.post({ source: c.source, body: loadFixture(c.fixture) });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ ok: true, outcome: "QUEUED", queued: 1, duplicates: 0 });
      const event = await w.db.prisma.reviewWebhookEvent.findUniqueOrThrow({
        where: { id: res.json.eventId },
        include: { requests: true },
      });
      expect(event.source).toBe(c.source.toUpperCase());
      expect(event.requests).toHaveLength(1);
      const request = event.requests[0]!;
      expect(request).toMatchObject({ phone: "+79991234567", status: "QUEUED", workspaceId: w.ws.workspace.id });
      if (c.sourceEventId) expect(request.sourceEventId).toBe(c.sourceEventId);
      else expect(request.sourceEventId).toMatch(/^payload-sha256:/);
      if (c.name) expect(request.customerName).toBe(c.name);
      // Written as UTC, as Prisma writes: due now, not hours off by the database's time zone.
      for (const at of [request.createdAt, request.sendAt, event.receivedAt])
        expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
      expect(dispatched).toEqual([{ name: "review-requests/requests.queued", data: { requestIds: [request.id] } }]);
    });
  }

  it("amoCRM: the seed's form-encoded body (legacy custom_fields) queues a request for deal 12345", async () => {
    await w.db.prisma.reviewRequest.deleteMany({ where: { source: "AMOCRM", sourceEventId: "12345" } });
    const res = await w.post({
      source: "amocrm",
      body: linesToFormBody(loadFixture("amocrm-status.form.txt")),
      contentType: "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ outcome: "QUEUED", queued: 1 });
    expect(
      await w.requestsFor("12345").then((rows) => rows.filter((r) => r.source === "AMOCRM").map((r) => r.phone)),
    ).toEqual(["+79991234567"]);
  });

  it("amoCRM: the seed's test curl names the same deal 12345, so it is a duplicate, whatever the format", async () => {
    const res = await w.post({ source: "amocrm", body: loadFixture("amocrm-test-curl.json") });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ outcome: "DUPLICATE", queued: 0, duplicates: 1 });
    expect(res.json.details[0]).toMatchObject({ sourceEventId: "12345", result: "duplicate" });
  });

  it("amoCRM: legacy custom_fields in JSON, without main_contact", async () => {
    const body = {
      leads: { status: [{ id: 5001, status_id: 142 }] },
      contacts: {
        update: [{ id: 9, custom_fields: [{ id: 66192, name: "Телефон", values: [{ value: "8 (916) 555-44-33" }] }] }],
      },
    };
    const res = await w.post({ source: "amocrm", body: json(body) });
    expect(res.json).toMatchObject({ outcome: "QUEUED", queued: 1 });
    expect((await w.requestsFor("5001"))[0]?.phone).toBe("+79165554433");
  });

  it("amoCRM: a batch of two won deals queues two requests, a lost one in it is skipped", async () => {
    const body = {
      leads: {
        status: [
          { id: 6001, status_id: 142, main_contact: { id: 1, phone: "+79160000601" } },
          { id: 6002, status_id: 143, main_contact: { id: 2, phone: "+79160000602" } },
          { id: 6003, status_id: 142, main_contact: { id: 3, phone: "+79160000603" } },
        ],
      },
    };
    const res = await w.post({ source: "amocrm", body: json(body) });
    expect(res.json).toMatchObject({ outcome: "QUEUED", queued: 2, skipped: 1 });
    expect(res.json.details).toContainEqual(
      expect.objectContaining({ sourceEventId: "6002", result: "skipped", code: "not_final_status" }),
    );
    expect((await w.requestsFor("6002")).length).toBe(0);

    // Re-sent with one new deal: only that one is queued, and the event says which was which.
    body.leads.status.push({ id: 6004, status_id: 142, main_contact: { id: 4, phone: "+79160000604" } });
    const again = await w.post({ source: "amocrm", body: json(body) });
    expect(again.json).toMatchObject({
      outcome: "QUEUED",
      queued: 1,
      duplicates: 2,
      skipped: 1,
      reason: "Запрос на отзыв поставлен в очередь",
    });
    const event = await w.db.prisma.reviewWebhookEvent.findUniqueOrThrow({ where: { id: again.json.eventId } });
    // Stored as a code with its values, worded only where it is shown.
    expect([event.reason, event.reasonParams]).toEqual(["queued", { n: 1 }]);
    const details = event.details as { sourceEventId: string; reason?: string; reasonParams?: unknown }[];
    expect(details.find((d) => d.sourceEventId === "6002")).toMatchObject({ reason: "amocrm_lost" });
    expect(details.find((d) => d.sourceEventId === "6001")).toMatchObject({ reason: "duplicate_order" });
    expect(
      (event.details as { sourceEventId: string; result: string }[]).map((d) => [d.sourceEventId, d.result]),
    ).toEqual([
      ["6001", "duplicate"],
      ["6003", "duplicate"],
      ["6004", "queued"],
      ["6002", "skipped"],
    ]);
  });
});

describe("POST /api/webhook/[source]: events that are acknowledged and skipped, with the reason", () => {
  const skips: { name: string; source: SourceSlug; body: () => string; code: string; reason: RegExp }[] = [
    {
      name: "iiko: no phone anywhere",
      source: "iiko",
      body: () => withId("iiko-delivery-order-update.json", (b) => delete b.eventInfo.order.customer.phone),
      code: "no_phone",
      reason: /нет телефона/,
    },
    {
      name: "yclients: the visit was deleted",
      source: "yclients",
      body: () => withId("yclients-record-changed.json", (b) => (b.resource.deleted = true)),
      code: "deleted",
      reason: /удал/i,
    },
    {
      name: "yclients: the client did not come (attendance 2)",
      source: "yclients",
      body: () => withId("yclients-record-changed.json", (b) => (b.resource.visit_attendance = 2)),
      code: "not_final_status",
      reason: /не пришёл/,
    },
    {
      name: "rkeeper: wrong status (Готовится)",
      source: "rkeeper",
      body: () => withId("rkeeper-test-curl.json", (b) => (b.order.status = "Готовится")),
      code: "not_final_status",
      reason: /Готовится/,
    },
    {
      name: "iiko: wrong status (CookingStarted)",
      source: "iiko",
      body: () => withId("iiko-delivery-order-update.json", (b) => (b.eventInfo.order.status = "CookingStarted")),
      code: "not_final_status",
      reason: /CookingStarted/,
    },
    {
      name: "amoCRM: deal lost (143)",
      source: "amocrm",
      body: () => withId("amocrm-status.json", (b) => (b.leads.status[0].status_id = 143)),
      code: "not_final_status",
      reason: /143/,
    },
    {
      name: "iiko: another event type (StopListUpdate)",
      source: "iiko",
      body: () => json({ eventType: "StopListUpdate", eventInfo: {} }),
      code: "ignored_event",
      reason: /StopListUpdate/,
    },
    {
      name: "rkeeper: a landline is not textable",
      source: "rkeeper",
      body: () => withId("rkeeper-test-curl.json", (b) => (b.order.customer.phone = "+7 495 123-45-67")),
      code: "invalid_phone",
      reason: /не мобильный/,
    },
  ];
  for (const s of skips) {
    it(s.name, async () => {
      const before = await w.db.prisma.reviewRequest.count();
      const res = await w.post({ source: s.source, body: s.body() });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ ok: true, outcome: "SKIPPED", queued: 0, skipped: 1 });
      expect(res.json.details[0]).toMatchObject({ result: "skipped", code: s.code });
      expect(res.json.reason).toMatch(s.reason);
      const event = await w.lastEvent();
      expect(event).toMatchObject({ outcome: "SKIPPED", id: res.json.eventId, reason: res.json.reasonCode });
      expect(event.reason).not.toMatch(/[а-яё]/i);
      expect(
        webhookReasonText(storedWebhookReason({ reason: event.reason!, reasonParams: event.reasonParams }), "ru"),
      ).toMatch(s.reason);
      expect(await w.db.prisma.reviewRequest.count()).toBe(before);
      expect(dispatched).toEqual([]);
    });
  }
});
