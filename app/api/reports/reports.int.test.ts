import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as report from "@/app/api/reports/route";
import * as settings from "@/app/api/reports/settings/route";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { callRoute } from "@/lib/test/call-route";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// GET /api/reports and the business-hours settings: who sees what, and a change of hours recounting
// the figures. One wait: the buyer writes Monday 2026-11-30 at 10:00 Moscow time, the reply (from the
// marketplace's cabinet) comes at 10:30: 30 minutes, or 15 within hours that start at 10:15.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const url = "http://localhost/api/reports?from=2026-11-30&to=2026-12-06";

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "A", chats: 0 });
  b = await createWorkspaceFixture({ name: "B", chats: 0 });
  const account = { id: a.account.id, workspaceId: a.workspace.id, marketplace: "wildberries" as const };
  const message = (externalId: string, author: "buyer" | "seller", at: string) => ({
    externalId,
    chatExternalId: "x",
    author,
    text: "Добрый день",
    createdAt: new Date(`${at}+03:00`).toISOString(),
    attachments: [],
    isRead: null,
  });
  await upsertConversations({ account, chats: [], messages: [message("1", "buyer", "2026-11-30T10:00:00")] });
  await upsertConversations({ account, chats: [], messages: [message("2", "seller", "2026-11-30T10:30:00")] });
});
afterAll(async () => {
  await db?.cleanup();
});

const weekday = { start: "10:15", end: "18:00", breaks: [] };

describe("GET /api/reports", () => {
  it("gives owners the team's figures and operators their own; other workspaces see none of it", async () => {
    const owner = await callRoute(report.GET, { url, userId: a.owner.id });
    expect(owner.status).toBe(200);
    expect(owner.json.totals).toMatchObject({ received: 1, answered: 1, response: { p50: 1800, p90: 1800 } });
    expect(owner.json.byOperator).toHaveLength(1);
    const operator = await callRoute(report.GET, { url, userId: a.operator.id });
    expect(operator.json).toMatchObject({ own: true, byOperator: null, totals: { received: 0, answered: 0 } });
    const other = await callRoute(report.GET, { url, userId: b.owner.id });
    expect(other.json.totals).toMatchObject({ received: 0, answered: 0 });
  });

  it("shows owners what became of the AI drafts decided in the range", async () => {
    const chat = await db.prisma.chat.findFirstOrThrow({ where: { workspaceId: a.workspace.id } });
    const outcomes = ["inserted", "inserted", "edited", "discarded"];
    for (const [i, outcome] of outcomes.entries()) {
      const draft = await db.prisma.aiDraft.create({
        data: { chatId: chat.id, text: "…", source: "offline", model: "offline", latencyMs: 1, findings: [] },
      });
      const createdAt = new Date(i === 3 ? "2026-12-10T12:00:00Z" : "2026-12-01T12:00:00Z");
      await db.prisma.aiDraftOutcome.create({
        data: {
          draftId: draft.id,
          workspaceId: a.workspace.id,
          marketplace: "wildberries",
          kind: "CHAT",
          outcome,
          createdAt,
        },
      });
    }
    const owner = await callRoute(report.GET, { url, userId: a.owner.id });
    expect(owner.json.drafts).toMatchObject({ total: 3, insertedAsIs: 2, edited: 1, discarded: 0, acceptance: 1 });
    expect((await callRoute(report.GET, { url, userId: a.operator.id })).json.drafts).toBeNull();
  });

  it("refuses a range that is backwards or longer than a year", async () => {
    expect(
      (
        await callRoute(report.GET, {
          url: "http://localhost/api/reports?from=2026-12-06&to=2026-11-30",
          userId: a.owner.id,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await callRoute(report.GET, {
          url: "http://localhost/api/reports?from=2025-01-01&to=2026-11-30",
          userId: a.owner.id,
        })
      ).status,
    ).toBe(400);
    expect(
      (await callRoute(report.GET, { url: "http://localhost/api/reports?from=yesterday", userId: a.owner.id })).status,
    ).toBe(400);
    // Year 0 is a valid ISO date but no database date: a 400, not a failed query.
    expect(
      (
        await callRoute(report.GET, {
          url: "http://localhost/api/reports?from=0000-01-01&to=0000-01-02",
          userId: a.owner.id,
        })
      ).status,
    ).toBe(400);
  });
});

describe("/api/reports/settings", () => {
  it("lets only owners change business hours, refuses impossible ones, and recounts the figures", async () => {
    const body = {
      timeZone: "Europe/Moscow",
      weekly: [weekday, weekday, weekday, weekday, weekday, null, null],
      daysOff: ["2026-12-31"],
      slaBusinessHours: true,
    };
    expect((await callRoute(settings.PUT, { method: "PUT", body, userId: a.operator.id })).status).toBe(403);
    expect(
      (
        await callRoute(settings.PUT, {
          method: "PUT",
          body: { ...body, timeZone: "Mars/Olympus" },
          userId: a.owner.id,
        })
      ).status,
    ).toBe(400);
    const backwards = {
      ...body,
      weekly: [{ start: "18:00", end: "09:00", breaks: [] }, null, null, null, null, null, null],
    };
    expect((await callRoute(settings.PUT, { method: "PUT", body: backwards, userId: a.owner.id })).status).toBe(400);
    // A zone the browser's list has and the database's tz data lacks would fail every later write of the figures.
    const unknown = await callRoute(settings.PUT, {
      method: "PUT",
      body: { ...body, timeZone: "US/Pacific-New" },
      userId: a.owner.id,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details.reason).toBe("unknown_time_zone");
    expect((await callRoute(settings.GET, { userId: a.owner.id })).json.timeZone).not.toBe("US/Pacific-New");

    const saved = await callRoute(settings.PUT, { method: "PUT", body, userId: a.owner.id });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual(body);
    const r = await callRoute(report.GET, { url, userId: a.owner.id });
    expect(r.json.clock).toBe("business");
    expect(r.json.totals.response).toEqual({ p50: 900, p90: 900 });

    // Every hour counts again without a schedule.
    await callRoute(settings.PUT, { method: "PUT", body: { ...body, weekly: null }, userId: a.owner.id });
    expect((await callRoute(report.GET, { url, userId: a.owner.id })).json.totals.response).toEqual({
      p50: 1800,
      p90: 1800,
    });
    expect((await callRoute(settings.GET, { userId: a.operator.id })).json).toMatchObject({
      weekly: null,
      slaBusinessHours: true,
    });
  });
});
