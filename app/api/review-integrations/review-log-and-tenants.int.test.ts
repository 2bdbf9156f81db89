import { describe, expect, it } from "vitest";
import { twoWorkspacesPerFile } from "@/lib/test/two-workspaces";
import { callRoute } from "@/lib/test/call-route";
import * as optOuts from "@/app/api/review-opt-outs/route";
import * as optOut from "@/app/api/review-opt-outs/[id]/route";
import * as log from "@/app/api/review-requests/route";
import { connect, sendWebhook } from "@/lib/test/review-routes";
import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import * as integrations from "@/app/api/review-integrations/route";
import * as integration from "@/app/api/review-integrations/[id]/route";
import * as integrationKey from "@/app/api/review-integrations/[id]/key/route";
import * as integrationEvents from "@/app/api/review-integrations/[id]/events/route";
import * as testEvent from "@/app/api/review-integrations/[id]/test-event/route";
import * as settings from "@/app/api/review-settings/route";

// The stop list and the review-request log an owner reads, and every review-request route kept to its own
// workspace: another workspace's ids answer 404 like missing ones.

const w = twoWorkspacesPerFile({ chats: [0, 0] });

describe("stop list", () => {
  it("adds phones normalized to E.164 and emails lower-cased; refuses junk and duplicates", async () => {
    const phone = await callRoute(optOuts.POST, {
      method: "POST",
      body: { contact: "8 (916) 123-45-67" },
      userId: w.a.owner.id,
    });
    expect(phone.status).toBe(201);
    expect(phone.json.contact).toBe("+79161234567");
    expect(
      (await callRoute(optOuts.POST, { method: "POST", body: { contact: "+7 916 1234567" }, userId: w.a.owner.id }))
        .status,
    ).toBe(409);
    expect(
      (await callRoute(optOuts.POST, { method: "POST", body: { contact: "Ivan@Example.RU" }, userId: w.a.owner.id }))
        .json.contact,
    ).toBe("ivan@example.ru");
    expect(
      (await callRoute(optOuts.POST, { method: "POST", body: { contact: "not a phone" }, userId: w.a.owner.id }))
        .status,
    ).toBe(400);
    const list = await callRoute(optOuts.GET, { userId: w.a.owner.id });
    expect(list.json.optOuts.map((o: { contact: string }) => o.contact).sort()).toEqual([
      "+79161234567",
      "ivan@example.ru",
    ]);
    expect(
      (await callRoute(optOut.DELETE, { method: "DELETE", params: { id: phone.json.id }, userId: w.a.owner.id }))
        .status,
    ).toBe(204);
  });
});

describe("the log", () => {
  it("filters by status, channel, source and date, with per-status totals", async () => {
    const ws = w.b.workspace.id;
    const at = (iso: string) => new Date(iso);
    await w.db.prisma.reviewRequest.createMany({
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
      (await callRoute(log.GET, { url: `http://localhost/api/review-requests?${qs}`, userId: w.b.operator.id })).json;
    const all = await get("");
    expect(all.requests.map((r: { sourceEventId: string }) => r.sourceEventId)).toEqual(["l4", "l3", "l2", "l1"]);
    expect(all.totals).toMatchObject({ all: 4, SENT: 1, FAILED: 1, DELIVERED: 1, SKIPPED: 1, QUEUED: 0 });
    expect((await get("status=FAILED")).requests.map((r: { reason: string }) => r.reason)).toEqual(["SMS.ru 207"]);
    // Stored before the codes: a known Russian reason rewords in English, an unknown one shows as stored.
    const english = (
      await callRoute(log.GET, {
        url: "http://localhost/api/review-requests",
        userId: w.b.operator.id,
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
      (await callRoute(log.GET, { url: "http://localhost/api/review-requests?status=LOST", userId: w.b.operator.id }))
        .status,
    ).toBe(400);
  });
});

describe("tenant isolation", () => {
  it("another workspace's integration, event list, test event and stop-list ids answer 404, like missing ones", async () => {
    const { integration: theirs } = await connect(w.b, "iiko");
    const entry = await callRoute(optOuts.POST, {
      method: "POST",
      body: { contact: "+79160000009" },
      userId: w.b.owner.id,
    });
    const calls = [
      () => callRoute(integration.DELETE, { method: "DELETE", params: { id: theirs.id }, userId: w.a.owner.id }),
      () => callRoute(integrationKey.POST, { method: "POST", params: { id: theirs.id }, userId: w.a.owner.id }),
      () => callRoute(integrationEvents.GET, { params: { id: theirs.id }, userId: w.a.owner.id }),
      () => callRoute(testEvent.POST, { method: "POST", params: { id: theirs.id }, body: {}, userId: w.a.owner.id }),
      () => callRoute(optOut.DELETE, { method: "DELETE", params: { id: entry.json.id }, userId: w.a.owner.id }),
    ];
    for (const call of calls) {
      const res = await call();
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.json)).not.toContain("Beta");
    }
    expect(await w.db.prisma.reviewIntegration.count({ where: { id: theirs.id } })).toBe(1);
    expect(await w.db.prisma.reviewOptOut.count({ where: { id: entry.json.id } })).toBe(1);
    const missing = await callRoute(integrationKey.POST, {
      method: "POST",
      params: { id: "missing" },
      userId: w.a.owner.id,
    });
    expect(missing.json.error).toEqual((await calls[1]!()).json.error);
  });

  it("lists, settings and the log show only the member's workspace", async () => {
    const theirLog = await callRoute(log.GET, { userId: w.a.operator.id });
    expect(theirLog.json.requests.some((r: { sourceEventId: string }) => r.sourceEventId.startsWith("l"))).toBe(false);
    const list = await callRoute(integrations.GET, { userId: w.b.owner.id });
    expect(list.json.integrations.map((i: { source: string }) => i.source)).toEqual(["IIKO"]);
    const bSettings = await callRoute(settings.GET, { userId: w.b.owner.id });
    expect(bSettings.json.businessName).toBe("");
    const optOutsA = await callRoute(optOuts.GET, { userId: w.a.owner.id });
    expect(optOutsA.json.optOuts.map((o: { contact: string }) => o.contact)).not.toContain("+79160000009");
  });

  it("an integration can be deleted by its owner; its key stops working", async () => {
    const { integration: row, key } = await connect(w.b, "rkeeper");
    expect(
      (await callRoute(integration.DELETE, { method: "DELETE", params: { id: row.id }, userId: w.b.owner.id })).status,
    ).toBe(204);
    expect((await sendWebhook("rkeeper", key, loadFixture("rkeeper-test-curl.json"))).status).toBe(401);
  });
});
