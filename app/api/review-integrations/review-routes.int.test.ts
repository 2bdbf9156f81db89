import { describe, expect, it } from "vitest";
import { untilDone } from "@/lib/test/until";
import { twoWorkspacesPerFile } from "@/lib/test/two-workspaces";
import { connect, sendWebhook } from "@/lib/test/review-routes";
import { callRoute } from "@/lib/test/call-route";
import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import * as integrations from "@/app/api/review-integrations/route";
import * as integration from "@/app/api/review-integrations/[id]/route";
import * as integrationKey from "@/app/api/review-integrations/[id]/key/route";
import * as integrationEvents from "@/app/api/review-integrations/[id]/events/route";
import * as testEvent from "@/app/api/review-integrations/[id]/test-event/route";
import * as settings from "@/app/api/review-settings/route";
import * as optOuts from "@/app/api/review-opt-outs/route";
import * as log from "@/app/api/review-requests/route";
import * as webhook from "@/app/api/webhook/[source]/route";

// The owner-facing routes of review requests, with the real in-process hand-off (no Inngest key).

const w = twoWorkspacesPerFile({ chats: [0, 0] });

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

describe("integrations", () => {
  it("an owner connects a source: the key is returned once, then only masked", async () => {
    const created = await connect(w.a, "iiko");
    expect(created.key).toMatch(/^rr_iiko_[\w-]{32}$/);
    expect(created.integration.webhookPath).toBe("/api/webhook/iiko");
    expect(created.integration.keyHint).toBe(`${created.key.slice(0, 4)}…${created.key.slice(-4)}`);
    const list = await callRoute(integrations.GET, { userId: w.a.owner.id });
    expect(list.status).toBe(200);
    expect(list.json.integrations).toHaveLength(1);
    expect(JSON.stringify(list.json)).not.toContain(created.key);
    expect((await sendWebhook("iiko", created.key, loadFixture("iiko-test-curl.json"))).status).toBe(200);
  });

  it("a second integration for the same source is a conflict", async () => {
    const again = await callRoute(integrations.POST, {
      method: "POST",
      body: { source: "iiko" },
      userId: w.a.owner.id,
    });
    expect(again.status).toBe(409);
    const unknown = await callRoute(integrations.POST, {
      method: "POST",
      body: { source: "bitrix" },
      userId: w.a.owner.id,
    });
    expect(unknown.status).toBe(400);
  });

  it("regenerating the key retires the old one at once", async () => {
    const { integration: row, key: oldKey } = await connect(w.a, "rkeeper");
    const res = await callRoute(integrationKey.POST, { method: "POST", params: { id: row.id }, userId: w.a.owner.id });
    expect(res.status).toBe(200);
    expect(res.json.key).not.toBe(oldKey);
    expect((await sendWebhook("rkeeper", oldKey, loadFixture("rkeeper-test-curl.json"))).status).toBe(401);
    expect((await sendWebhook("rkeeper", res.json.key, loadFixture("rkeeper-test-curl.json"))).status).toBe(200);
  });

  it("a test event goes through the webhook path and ends in the log as 'not sent: provider not configured'", async () => {
    const { integration: row } = await connect(w.a, "yclients");
    const res = await callRoute(testEvent.POST, {
      method: "POST",
      params: { id: row.id },
      body: {},
      userId: w.a.owner.id,
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ outcome: "QUEUED", queued: 1 });
    const events = await callRoute(integrationEvents.GET, { params: { id: row.id }, userId: w.a.owner.id });
    expect(events.json.events[0]).toMatchObject({ id: res.json.eventId, outcome: "QUEUED", isTest: true });
    // Sent in the background after the answer: poll the log.
    const logged = await untilDone(
      () =>
        callRoute(log.GET, { url: "http://localhost/api/review-requests?source=YCLIENTS", userId: w.a.operator.id }),
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
    const { integration: row, key } = await connect(w.a, "amocrm");
    for (let i = 0; i < 53; i++)
      await sendWebhook("amocrm", key, JSON.stringify({ leads: { status: [{ id: 900 + i, status_id: 143 }] } }));
    const events = await callRoute(integrationEvents.GET, { params: { id: row.id }, userId: w.a.owner.id });
    expect(events.json.events).toHaveLength(50);
    expect(events.json.events[0].details[0].sourceEventId).toBe("952");
    expect(events.json.events[0].reason).toMatch(/143/);
  });

  it("events stored before the codes read back: known Russian reasons word in English, other text shows as stored", async () => {
    const row =
      (await w.db.prisma.reviewIntegration.findFirst({ where: { workspaceId: w.a.workspace.id, source: "IIKO" } })) ??
      (await connect(w.a, "iiko")).integration;
    const base = { workspaceId: w.a.workspace.id, integrationId: row.id, source: "IIKO" as const };
    await w.db.prisma.reviewWebhookEvent.create({
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
    await w.db.prisma.reviewWebhookEvent.create({
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
    await w.db.prisma.reviewWebhookEvent.create({
      data: { ...base, outcome: "REJECTED", reason: "Что-то своё", receivedAt: new Date("2026-03-03T10:00:00Z") },
    });
    const read = async (cookie?: string) =>
      (
        await callRoute(integrationEvents.GET, {
          params: { id: row.id },
          userId: w.a.owner.id,
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
    expect((await callRoute(integrations.GET, { userId: w.a.operator.id })).status).toBe(403);
    expect(
      (await callRoute(integrations.POST, { method: "POST", body: { source: "iiko" }, userId: w.a.operator.id }))
        .status,
    ).toBe(403);
    expect((await callRoute(settings.GET, { userId: w.a.operator.id })).status).toBe(403);
    expect((await callRoute(optOuts.GET, { userId: w.a.operator.id })).status).toBe(403);
    expect((await callRoute(log.GET, { userId: w.a.operator.id })).status).toBe(200);
  });
});

describe("settings", () => {
  it("defaults: Russian templates, SMS first, 21:00-09:00, 30 days, nothing configured", async () => {
    const res = await callRoute(settings.GET, { userId: w.b.owner.id });
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
      userId: w.a.owner.id,
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      ...SETTINGS,
      templates: { sms: SETTINGS.templates.sms },
      configuredChannels: ["sms"],
    });
    expect(res.json.credentials.smsRuApiKey).toEqual({ set: true, secret: true, value: "smsr…6789" });
    expect(res.json.credentials.smsRuSender).toEqual({ set: true, secret: false, value: "Alpha" });
    const again = await callRoute(settings.GET, { userId: w.a.owner.id });
    expect(JSON.stringify(again.json)).not.toContain(secret);
    const row = await w.db.prisma.reviewSettings.findUniqueOrThrow({ where: { workspaceId: w.a.workspace.id } });
    expect(row.credentialsEnc).toMatch(/^v1:/);
    expect(row.credentialsEnc).not.toContain(secret);

    // Leaving a key out keeps it; "" clears it.
    const keep = await callRoute(settings.PUT, {
      method: "PUT",
      body: { ...SETTINGS, credentials: { smsRuSender: "Alpha2" } },
      userId: w.a.owner.id,
    });
    expect(keep.json.credentials.smsRuApiKey.set).toBe(true);
    const clear = await callRoute(settings.PUT, {
      method: "PUT",
      body: { ...SETTINGS, credentials: { smsRuApiKey: "" } },
      userId: w.a.owner.id,
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
    const res = await callRoute(settings.PUT, { method: "PUT", body: { ...SETTINGS, ...patch }, userId: w.a.owner.id });
    expect(res.status).toBe(400);
  });
});
