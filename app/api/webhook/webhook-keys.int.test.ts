import { beforeEach, describe, expect, it, vi } from "vitest";
import { json, reviewWebhookWorldPerFile, withId } from "@/lib/test/review-webhook-world";
import type { SourceSlug } from "@/lib/review-requests/source-slug";
import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import { MAX_WEBHOOK_BODY_BYTES } from "@/lib/review-requests/receive-webhook";
import * as webhook from "@/app/api/webhook/[source]/route";
import { storedWebhookReason, webhookReasonText } from "@/lib/review-requests/webhook-reason";

// Hand-offs to the background are recorded, not run: these tests are about what the webhook answers to keys,
// duplicates and bad bodies, and what it stores. Sending is covered in lib/review-requests/*.int.test.ts.
const dispatched = vi.hoisted(() => [] as { name: string; data: Record<string, unknown> }[]);
vi.mock("@/lib/jobs/dispatch-event", () => ({
  dispatchEvent: async ({ name, data }: { name: string; data: Record<string, unknown> }) =>
    void dispatched.push({ name, data }),
}));

const w = reviewWebhookWorldPerFile();
beforeEach(() => {
  dispatched.length = 0;
});

describe("POST /api/webhook/[source]: keys", () => {
  const body = () => withId("rkeeper-test-curl.json", (b) => (b.order.id = `key-${Math.random()}`));

  it.each(["query", "header", "bearer"] as const)("accepts the right key via %s", async (via) => {
    const res = await w.post({ source: "rkeeper", body: body(), via });
    expect(res.status).toBe(200);
    expect(res.json.outcome).toBe("QUEUED");
  });

  it.each(["query", "header", "bearer"] as const)(
    "refuses a wrong key via %s with 401 and stores nothing",
    async (via) => {
      const events = await w.db.prisma.reviewWebhookEvent.count();
      const res = await w.post({ source: "rkeeper", body: body(), via, key: `${w.keys.rkeeper}x` });
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe("unauthorized");
      expect(JSON.stringify(res.json)).not.toContain(w.keys.rkeeper);
      expect(await w.db.prisma.reviewWebhookEvent.count()).toBe(events);
    },
  );

  it("refuses a missing key, and another source's key", async () => {
    expect((await w.post({ source: "rkeeper", body: body(), key: null })).status).toBe(401);
    expect((await w.post({ source: "rkeeper", body: body(), key: w.keys.iiko })).status).toBe(401);
    expect((await w.post({ source: "rkeeper", body: body(), key: "" })).status).toBe(401);
  });

  it("stores only the key's hash", async () => {
    const rows = await w.db.prisma.reviewIntegration.findMany({ where: { workspaceId: w.ws.workspace.id } });
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain(w.keys[row.source.toLowerCase() as SourceSlug]);
      expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("an unknown source answers 404 even with a valid key", async () => {
    const res = await w.post({ source: "bitrix24", body: loadFixture("iiko-test-curl.json"), key: w.keys.iiko });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("not_found");
  });
});

describe("POST /api/webhook/[source]: duplicates and bad bodies", () => {
  it("a duplicate delivery is acknowledged and queues nothing new", async () => {
    const body = withId("yclients-record-changed.json", (b) => (b.resource.id = 777001));
    const first = await w.post({ source: "yclients", body });
    const second = await w.post({ source: "yclients", body });
    expect(first.json).toMatchObject({ outcome: "QUEUED", queued: 1 });
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ outcome: "DUPLICATE", queued: 0, duplicates: 1 });
    expect(
      (await w.db.prisma.reviewWebhookEvent.findUniqueOrThrow({ where: { id: second.json.eventId } })).outcome,
    ).toBe("DUPLICATE");
    expect(await w.requestsFor("777001")).toHaveLength(1);
    expect(dispatched).toHaveLength(1);
  });

  it("concurrent deliveries of one order queue exactly one request (the unique index decides)", async () => {
    const body = withId("iiko-delivery-order-update.json", (b) => (b.eventInfo.id = "order-concurrent-1"));
    const results = await Promise.all(Array.from({ length: 8 }, () => w.post({ source: "iiko", body })));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(results.filter((r) => r.json.outcome === "QUEUED")).toHaveLength(1);
    expect(await w.requestsFor("order-concurrent-1")).toHaveLength(1);
  });

  it("the database refuses a second request for the same order even without the webhook's help", async () => {
    const [request] = await w.requestsFor("order-concurrent-1");
    await expect(
      w.db.prisma.reviewRequest.create({
        data: {
          workspaceId: w.ws.workspace.id,
          source: "IIKO",
          sourceEventId: "order-concurrent-1",
          phone: request!.phone,
        },
      }),
    ).rejects.toThrow();
  });

  it("an oversized body answers 413 and is recorded as rejected", async () => {
    const big = json({ eventType: "DeliveryOrderUpdate", padding: "x".repeat(MAX_WEBHOOK_BODY_BYTES) });
    const res = await w.post({ source: "iiko", body: big });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("payload_too_large");
    expect(await w.lastEvent()).toMatchObject({
      outcome: "REJECTED",
      reason: "body_too_large_bytes",
      reasonParams: { limit: MAX_WEBHOOK_BODY_BYTES },
    });
  });

  it.each([
    ["broken JSON", '{"eventType": ', "application/json", /некорректный JSON/],
    ["a JSON array", "[1,2]", "application/json", /JSON-объект/],
    ["an empty body", "", "application/json", /Пустое тело/],
    [
      "a field of the wrong type",
      json({ eventType: "DeliveryOrderUpdate", eventInfo: "oops" }),
      "application/json",
      /iiko/,
    ],
    ["plain text", "hello", "text/plain", /Неподдерживаемый формат/],
  ])("%s answers 400 with the reason, recorded as rejected", async (_name, body, contentType, reason) => {
    const res = await w.post({ source: "iiko", body, contentType });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("bad_request");
    expect(res.json.error.message).toMatch(reason);
    const event = await w.lastEvent();
    expect(event.outcome).toBe("REJECTED");
    expect(event.reason).not.toMatch(/[а-яё]/i);
    expect(
      webhookReasonText(storedWebhookReason({ reason: event.reason!, reasonParams: event.reasonParams }), "ru"),
    ).toMatch(reason);
  });
});
