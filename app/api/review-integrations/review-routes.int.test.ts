import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import * as integrations from "@/app/api/review-integrations/route";
import * as integration from "@/app/api/review-integrations/[id]/route";
import * as integrationKey from "@/app/api/review-integrations/[id]/key/route";
import * as integrationEvents from "@/app/api/review-integrations/[id]/events/route";
import * as testEvent from "@/app/api/review-integrations/[id]/test-event/route";
import * as settings from "@/app/api/review-settings/route";
import * as optOuts from "@/app/api/review-opt-outs/route";
import * as optOut from "@/app/api/review-opt-outs/[id]/route";
import * as log from "@/app/api/review-requests/route";
import * as webhook from "@/app/api/webhook/[source]/route";

// The owner-facing routes of review requests, with the real in-process hand-off (no Inngest key).

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 0 });
});
afterAll(() => db.cleanup());

const SETTINGS = {
  channelOrder: ["whatsapp", "sms"],
  delayMinutes: 15,
  quietHours: { start: "22:00", end: "08:30" },
  timeZone: "Asia/Yekaterinburg",
  frequencyDays: 14,
  businessName: "Салон «Альфа»",
  reviewLink: "https://reviews.example.ru/alpha",
  templates: { sms: "{{businessName}}: оцените визит {{reviewLink}}" },
};

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function connect(ws: typeof a, source: string) {
  const res = await callRoute(integrations.POST, { method: "POST", body: { source }, userId: ws.owner.id });
  expect(res.status).toBe(201);
  return res.json as { integration: { id: string; keyHint: string; webhookPath: string }; key: string };
}

function sendWebhook(source: string, key: string, body: string) {
  return callRoute(webhook.POST as never, {
    method: "POST",
    url: `http://localhost/api/webhook/${source}?key=${encodeURIComponent(key)}`,
    params: { source },
    body,
  });
}

describe("integrations", () => {
  it("an owner connects a source: the key is returned once, then only masked", async () => {
    const created = await connect(a, "iiko");
    expect(created.key).toMatch(/^rr_iiko_[\w-]{32}$/);
    expect(created.integration.webhookPath).toBe("/api/webhook/iiko");
    expect(created.integration.keyHint).toBe(`${created.key.slice(0, 4)}…${created.key.slice(-4)}`);
    const list = await callRoute(integrations.GET, { userId: a.owner.id });
    expect(list.status).toBe(200);
    expect(list.json.integrations).toHaveLength(1);
    expect(JSON.stringify(list.json)).not.toContain(created.key);
    expect((await sendWebhook("iiko", created.key, loadFixture("iiko-test-curl.json"))).status).toBe(200);
  });

  it("a second integration for the same source is a conflict", async () => {
    const again = await callRoute(integrations.POST, { method: "POST", body: { source: "iiko" }, userId: a.owner.id });
    expect(again.status).toBe(409);
    const unknown = await callRoute(integrations.POST, {
      method: "POST",
      body: { source: "bitrix" },
      userId: a.owner.id,
    });
    expect(unknown.status).toBe(400);
  });

  it("regenerating the key retires the old one at once", async () => {
    const { integration: row, key: oldKey } = await connect(a, "rkeeper");
    const res = await callRoute(integrationKey.POST, { method: "POST", params: { id: row.id }, userId: a.owner.id });
    expect(res.status).toBe(200);
    expect(res.json.key).not.toBe(oldKey);
    expect((await sendWebhook("rkeeper", oldKey, loadFixture("rkeeper-test-curl.json"))).status).toBe(401);
    expect((await sendWebhook("rkeeper", res.json.key, loadFixture("rkeeper-test-curl.json"))).status).toBe(200);
  });

  it("a test event goes through the webhook path and ends in the log as 'not sent: provider not configured'", async () => {
    const { integration: row } = await connect(a, "yclients");
    const res = await callRoute(testEvent.POST, {
      method: "POST",
      params: { id: row.id },
      body: {},
      userId: a.owner.id,
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ outcome: "QUEUED", queued: 1 });
    const events = await callRoute(integrationEvents.GET, { params: { id: row.id }, userId: a.owner.id });
    expect(events.json.events[0]).toMatchObject({ id: res.json.eventId, outcome: "QUEUED", isTest: true });
    // Sent in the background after the answer: poll the log.
    const logged = await until(
      () => callRoute(log.GET, { url: "http://localhost/api/review-requests?source=YCLIENTS", userId: a.operator.id }),
      (r) => r.json.requests[0]?.status === "SKIPPED",
    );
    expect(logged.json.requests[0]).toMatchObject({
      status: "SKIPPED",
      reason: "Не отправлено: провайдер не настроен",
      reasonVerbatim: false,
      isTest: true,
      phone: "+7999•••4567",
    });
  });

  it("shows at most the last 50 events, newest first", async () => {
    const { integration: row, key } = await connect(a, "amocrm");
    for (let i = 0; i < 53; i++)
      await sendWebhook("amocrm", key, JSON.stringify({ leads: { status: [{ id: 900 + i, status_id: 143 }] } }));
    const events = await callRoute(integrationEvents.GET, { params: { id: row.id }, userId: a.owner.id });
    expect(events.json.events).toHaveLength(50);
    expect(events.json.events[0].details[0].sourceEventId).toBe("952");
    expect(events.json.events[0].reason).toMatch(/143/);
  });

  it("events stored before the codes read back: known Russian reasons word in English, other text shows as stored", async () => {
    const row =
      (await db.prisma.reviewIntegration.findFirst({ where: { workspaceId: a.workspace.id, source: "IIKO" } })) ??
      (await connect(a, "iiko")).integration;
    const base = { workspaceId: a.workspace.id, integrationId: row.id, source: "IIKO" as const };
    await db.prisma.reviewWebhookEvent.create({
      data: {
        ...base,
        outcome: "SKIPPED",
        reason: "Статус заказа iiko «CookingStarted» — ждём Delivered, Closed или Finished",
        details: [
          {
            sourceEventId: "o1",
            result: "skipped",
            code: "not_final_status",
            reason: "Статус заказа iiko «CookingStarted» — ждём Delivered, Closed или Finished",
          },
        ],
        receivedAt: new Date("2026-03-01T10:00:00Z"),
      },
    });
    await db.prisma.reviewWebhookEvent.create({
      data: {
        ...base,
        outcome: "SKIPPED",
        reason: "Пропущено: Номер +74951234567 не мобильный (FIXED_LINE): SMS и WhatsApp не дойдут",
        details: [
          {
            sourceEventId: "o2",
            result: "duplicate",
            reason: "Повторная доставка: по этому заказу/визиту/сделке запрос уже есть",
          },
        ],
        receivedAt: new Date("2026-03-02T10:00:00Z"),
      },
    });
    await db.prisma.reviewWebhookEvent.create({
      data: { ...base, outcome: "REJECTED", reason: "Что-то своё", receivedAt: new Date("2026-03-03T10:00:00Z") },
    });
    const read = async (cookie?: string) =>
      (
        await callRoute(integrationEvents.GET, {
          params: { id: row.id },
          userId: a.owner.id,
          headers: cookie ? { cookie } : undefined,
        })
      ).json.events as {
        reason: string;
        reasonVerbatim: boolean;
        details: { reason: string | null }[];
      }[];
    // The integration's own deliveries from earlier tests come first (newest first); these three are the oldest.
    const english = (await read("locale=en")).slice(-3);
    expect(english.map((e) => [e.reason, e.reasonVerbatim])).toEqual([
      ["Что-то своё", true],
      ["Skipped: Number +74951234567 is not a mobile (FIXED_LINE): SMS and WhatsApp will not reach it", false],
      ["iiko order status “CookingStarted” — waiting for Delivered, Closed or Finished", false],
    ]);
    expect(english[1]!.details[0]!.reason).toBe("Delivered again: this order, visit or deal already has a request");
    expect(english[2]!.details[0]!.reason).toBe(
      "iiko order status “CookingStarted” — waiting for Delivered, Closed or Finished",
    );
    const russian = (await read()).slice(-3);
    expect(russian[2]!.reason).toBe("Статус заказа iiko «CookingStarted» — ждём Delivered, Closed или Finished");
  });

  it("operators cannot manage integrations or settings, but can read the log", async () => {
    expect((await callRoute(integrations.GET, { userId: a.operator.id })).status).toBe(403);
    expect(
      (await callRoute(integrations.POST, { method: "POST", body: { source: "iiko" }, userId: a.operator.id })).status,
    ).toBe(403);
    expect((await callRoute(settings.GET, { userId: a.operator.id })).status).toBe(403);
    expect((await callRoute(optOuts.GET, { userId: a.operator.id })).status).toBe(403);
    expect((await callRoute(log.GET, { userId: a.operator.id })).status).toBe(200);
  });
});

describe("settings", () => {
  it("defaults: Russian templates, SMS first, 21:00-09:00, 30 days, nothing configured", async () => {
    const res = await callRoute(settings.GET, { userId: b.owner.id });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      channelOrder: ["sms", "whatsapp", "email"],
      quietHours: { start: "21:00", end: "09:00" },
      frequencyDays: 30,
      configuredChannels: [],
    });
    expect(res.json.templates.sms).toMatch(/Спасибо, что выбрали \{\{businessName\}\}/);
  });

  it("saves settings and provider keys; keys are stored encrypted and only ever returned masked", async () => {
    const secret = "smsru-api-key-0123456789";
    const res = await callRoute(settings.PUT, {
      method: "PUT",
      body: { ...SETTINGS, credentials: { smsRuApiKey: secret, smsRuSender: "Alpha" } },
      userId: a.owner.id,
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      ...SETTINGS,
      templates: { sms: SETTINGS.templates.sms },
      configuredChannels: ["sms"],
    });
    expect(res.json.credentials.smsRuApiKey).toEqual({ set: true, secret: true, value: "smsr…6789" });
    expect(res.json.credentials.smsRuSender).toEqual({ set: true, secret: false, value: "Alpha" });
    const again = await callRoute(settings.GET, { userId: a.owner.id });
    expect(JSON.stringify(again.json)).not.toContain(secret);
    const row = await db.prisma.reviewSettings.findUniqueOrThrow({ where: { workspaceId: a.workspace.id } });
    expect(row.credentialsEnc).toMatch(/^v1:/);
    expect(row.credentialsEnc).not.toContain(secret);

    // Leaving a key out keeps it; "" clears it.
    const keep = await callRoute(settings.PUT, {
      method: "PUT",
      body: { ...SETTINGS, credentials: { smsRuSender: "Alpha2" } },
      userId: a.owner.id,
    });
    expect(keep.json.credentials.smsRuApiKey.set).toBe(true);
    const clear = await callRoute(settings.PUT, {
      method: "PUT",
      body: { ...SETTINGS, credentials: { smsRuApiKey: "" } },
      userId: a.owner.id,
    });
    expect(clear.json.credentials.smsRuApiKey).toEqual({ set: false, secret: true, value: "" });
    expect(clear.json.configuredChannels).toEqual([]);
  });

  it.each([
    ["an unknown time zone", { timeZone: "Mars/Olympus" }],
    ["a repeated channel", { channelOrder: ["sms", "sms"] }],
    ["a bad quiet-hours time", { quietHours: { start: "25:00", end: "09:00" } }],
    ["a review link that is not http(s)", { reviewLink: "javascript:alert(1)" }],
    [
      "a provider base URL (hosts are server configuration)",
      { credentials: { smsRuApiKey: "k-123456", smsRuBaseUrl: "https://sms.example" } },
    ],
    [
      "a malformed Meta phone number id",
      { credentials: { metaAccessToken: "t-123456", metaPhoneNumberId: "not-a-number" } },
    ],
  ])("refuses %s with 400", async (_name, patch) => {
    const res = await callRoute(settings.PUT, { method: "PUT", body: { ...SETTINGS, ...patch }, userId: a.owner.id });
    expect(res.status).toBe(400);
  });
});

describe("stop list", () => {
  it("adds phones normalized to E.164 and emails lower-cased; refuses junk and duplicates", async () => {
    const phone = await callRoute(optOuts.POST, {
      method: "POST",
      body: { contact: "8 (916) 123-45-67" },
      userId: a.owner.id,
    });
    expect(phone.status).toBe(201);
    expect(phone.json.contact).toBe("+79161234567");
    expect(
      (await callRoute(optOuts.POST, { method: "POST", body: { contact: "+7 916 1234567" }, userId: a.owner.id }))
        .status,
    ).toBe(409);
    expect(
      (await callRoute(optOuts.POST, { method: "POST", body: { contact: "Ivan@Example.RU" }, userId: a.owner.id })).json
        .contact,
    ).toBe("ivan@example.ru");
    expect(
      (await callRoute(optOuts.POST, { method: "POST", body: { contact: "not a phone" }, userId: a.owner.id })).status,
    ).toBe(400);
    const list = await callRoute(optOuts.GET, { userId: a.owner.id });
    expect(list.json.optOuts.map((o: { contact: string }) => o.contact).sort()).toEqual([
      "+79161234567",
      "ivan@example.ru",
    ]);
    expect(
      (await callRoute(optOut.DELETE, { method: "DELETE", params: { id: phone.json.id }, userId: a.owner.id })).status,
    ).toBe(204);
  });
});

describe("the log", () => {
  it("filters by status, channel, source and date, with per-status totals", async () => {
    const ws = b.workspace.id;
    const at = (iso: string) => new Date(iso);
    await db.prisma.reviewRequest.createMany({
      data: [
        {
          workspaceId: ws,
          source: "IIKO",
          sourceEventId: "l1",
          phone: "+79990000001",
          status: "SENT",
          channel: "SMS",
          createdAt: at("2026-03-01T10:00:00Z"),
        },
        {
          workspaceId: ws,
          source: "IIKO",
          sourceEventId: "l2",
          phone: "+79990000002",
          status: "FAILED",
          channel: "SMS",
          reason: "SMS.ru 207",
          createdAt: at("2026-03-02T10:00:00Z"),
        },
        {
          workspaceId: ws,
          source: "AMOCRM",
          sourceEventId: "l3",
          phone: "+79990000003",
          status: "DELIVERED",
          channel: "WHATSAPP",
          createdAt: at("2026-03-02T21:30:00Z"),
        },
        {
          workspaceId: ws,
          source: "YCLIENTS",
          sourceEventId: "l4",
          phone: "+79990000004",
          status: "SKIPPED",
          skipCode: "opted_out",
          reason: "Клиент в стоп-листе: отказался от сообщений",
          createdAt: at("2026-03-03T10:00:00Z"),
        },
      ],
    });
    const get = async (qs: string) =>
      (await callRoute(log.GET, { url: `http://localhost/api/review-requests?${qs}`, userId: b.operator.id })).json;
    const all = await get("");
    expect(all.requests.map((r: { sourceEventId: string }) => r.sourceEventId)).toEqual(["l4", "l3", "l2", "l1"]);
    expect(all.totals).toMatchObject({ all: 4, SENT: 1, FAILED: 1, DELIVERED: 1, SKIPPED: 1, QUEUED: 0 });
    expect((await get("status=FAILED")).requests.map((r: { reason: string }) => r.reason)).toEqual(["SMS.ru 207"]);
    // Stored before the codes: a known Russian reason rewords in English, an unknown one shows as stored.
    const english = (
      await callRoute(log.GET, {
        url: "http://localhost/api/review-requests",
        userId: b.operator.id,
        headers: { cookie: "locale=en" },
      })
    ).json;
    expect(
      english.requests.map((r: { reason: string | null; reasonVerbatim: boolean }) => [r.reason, r.reasonVerbatim]),
    ).toEqual([
      ["The customer is on the stop list: they opted out of messages", false],
      [null, false],
      ["SMS.ru 207", true],
      [null, false],
    ]);
    expect(all.requests[0].reason).toBe("Клиент в стоп-листе: отказался от сообщений");
    expect((await get("status=FAILED")).totals.all).toBe(4);
    expect((await get("channel=SMS")).totals).toMatchObject({ all: 2, SENT: 1, FAILED: 1 });
    expect((await get("source=AMOCRM")).requests).toHaveLength(1);
    // 21:30 UTC on 2 March is already 3 March in Moscow, the workspace's zone.
    expect(
      (await get("from=2026-03-03&to=2026-03-03")).requests.map((r: { sourceEventId: string }) => r.sourceEventId),
    ).toEqual(["l4", "l3"]);
    const page = await get("limit=3");
    expect(page.requests).toHaveLength(3);
    expect(
      (await get(`limit=3&cursor=${page.nextCursor}`)).requests.map((r: { sourceEventId: string }) => r.sourceEventId),
    ).toEqual(["l1"]);
    expect(
      (await callRoute(log.GET, { url: "http://localhost/api/review-requests?status=LOST", userId: b.operator.id }))
        .status,
    ).toBe(400);
  });
});

describe("tenant isolation", () => {
  it("another workspace's integration, event list, test event and stop-list ids answer 404, like missing ones", async () => {
    const { integration: theirs } = await connect(b, "iiko");
    const entry = await callRoute(optOuts.POST, {
      method: "POST",
      body: { contact: "+79160000009" },
      userId: b.owner.id,
    });
    const calls = [
      () => callRoute(integration.DELETE, { method: "DELETE", params: { id: theirs.id }, userId: a.owner.id }),
      () => callRoute(integrationKey.POST, { method: "POST", params: { id: theirs.id }, userId: a.owner.id }),
      () => callRoute(integrationEvents.GET, { params: { id: theirs.id }, userId: a.owner.id }),
      () => callRoute(testEvent.POST, { method: "POST", params: { id: theirs.id }, body: {}, userId: a.owner.id }),
      () => callRoute(optOut.DELETE, { method: "DELETE", params: { id: entry.json.id }, userId: a.owner.id }),
    ];
    for (const call of calls) {
      const res = await call();
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.json)).not.toContain("Beta");
    }
    expect(await db.prisma.reviewIntegration.count({ where: { id: theirs.id } })).toBe(1);
    expect(await db.prisma.reviewOptOut.count({ where: { id: entry.json.id } })).toBe(1);
    const missing = await callRoute(integrationKey.POST, {
      method: "POST",
      params: { id: "missing" },
      userId: a.owner.id,
    });
    expect(missing.json.error).toEqual((await calls[1]!()).json.error);
  });

  it("lists, settings and the log show only the member's workspace", async () => {
    const theirLog = await callRoute(log.GET, { userId: a.operator.id });
    expect(theirLog.json.requests.some((r: { sourceEventId: string }) => r.sourceEventId.startsWith("l"))).toBe(false);
    const list = await callRoute(integrations.GET, { userId: b.owner.id });
    expect(list.json.integrations.map((i: { source: string }) => i.source)).toEqual(["IIKO"]);
    const bSettings = await callRoute(settings.GET, { userId: b.owner.id });
    expect(bSettings.json.businessName).toBe("");
    const optOutsA = await callRoute(optOuts.GET, { userId: a.owner.id });
    expect(optOutsA.json.optOuts.map((o: { contact: string }) => o.contact)).not.toContain("+79160000009");
  });

  it("an integration can be deleted by its owner; its key stops working", async () => {
    const { integration: row, key } = await connect(b, "rkeeper");
    expect(
      (await callRoute(integration.DELETE, { method: "DELETE", params: { id: row.id }, userId: b.owner.id })).status,
    ).toBe(204);
    expect((await sendWebhook("rkeeper", key, loadFixture("rkeeper-test-curl.json"))).status).toBe(401);
  });
});
