import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { backfillAllResponseWaits } from "@/lib/reports/backfill-response-waits";
import { getReport } from "@/lib/reports/get-report";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Messages stored before the reports existed (or by the demo seed) become waits and figures at start-up.
// Chat 1: buyer 10:00, seller 10:05, buyer 11:00, buyer 11:10, the operator 11:20; resolved at 12:00.
//   Waits 5 and 20 min (the second from the first of two buyer messages); resolution 2 h.
// Chat 2: buyer 09:00, unanswered: an open wait.

let db: TestDatabase;
let f: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  f = await createWorkspaceFixture({ name: "Backfill", chats: 0 });
  await prisma().workspace.update({ where: { id: f.workspace.id }, data: { timeZone: "UTC" } });
  const chat = (externalId: string, status: "OPEN" | "RESOLVED", updatedAt: Date) =>
    prisma().chat.create({
      data: {
        workspaceId: f.workspace.id,
        accountId: f.account.id,
        marketplace: "wildberries",
        externalId,
        status,
        updatedAt,
      },
    });
  const one = await chat("one", "RESOLVED", at("12:00"));
  const two = await chat("two", "OPEN", at("09:00"));
  const msg = (chatId: string, author: "BUYER" | "SELLER", hhmm: string, senderUserId?: string) => ({
    chatId,
    author,
    createdAt: at(hhmm),
    text: "…",
    status: author === "SELLER" ? ("SENT" as const) : null,
    senderUserId,
  });
  await prisma().message.createMany({
    data: [
      msg(one.id, "BUYER", "10:00"),
      msg(one.id, "SELLER", "10:05"),
      msg(one.id, "BUYER", "11:00"),
      msg(one.id, "BUYER", "11:10"),
      msg(one.id, "SELLER", "11:20", f.operator.id),
      msg(two.id, "BUYER", "09:00"),
    ],
  });
  // Updating the chat row sets updatedAt to now; put the resolve time back.
  await prisma()
    .$executeRaw`UPDATE "Chat" SET "updatedAt" = ${at("12:00").toISOString()}::timestamp WHERE id = ${one.id}`;
});
afterAll(async () => {
  await db?.cleanup();
});

describe("backfillAllResponseWaits", () => {
  it("derives the waits and figures from stored messages, once", async () => {
    expect(await backfillAllResponseWaits({ db: prisma() })).toBe(1);
    const waits = await prisma().responseWait.findMany({
      where: { workspaceId: f.workspace.id },
      orderBy: { startedAt: "asc" },
    });
    expect(
      waits.map((w) => [
        w.startedAt.toISOString().slice(11, 16),
        w.seconds,
        w.isFirst,
        w.responderId,
        w.resolutionSeconds,
      ]),
    ).toEqual([
      ["09:00", null, true, null, null],
      ["10:00", 300, true, null, null],
      ["11:00", 1200, false, f.operator.id, 7200],
    ]);
    const r = await getReport({
      workspaceId: f.workspace.id,
      userId: f.owner.id,
      role: "OWNER",
      query: { from: "2026-12-01", to: "2026-12-01", days: 30, period: "day" },
    });
    expect(r.totals).toMatchObject({
      received: 3,
      answered: 2,
      resolved: 1,
      first: { p50: 300, p90: 300 },
      response: { p50: 300, p90: 1200 },
      resolution: { p50: 7200, p90: 7200 },
    });
    expect(await backfillAllResponseWaits({ db: prisma() })).toBe(0);
  });

  it("skips a workspace whose time zone the database does not know, and backfills the others", async () => {
    const bad = await createWorkspaceFixture({ name: "Bad zone", chats: 1 });
    const good = await createWorkspaceFixture({ name: "Good zone", chats: 1 });
    // Saved before the settings checked zones against the database; luxon knows it, PostgreSQL does not.
    await prisma().workspace.update({ where: { id: bad.workspace.id }, data: { timeZone: "US/Pacific-New" } });
    for (const w of [bad, good])
      await prisma().message.create({
        data: { chatId: w.chatIds[0]!, author: "BUYER", createdAt: at("08:00"), text: "…" },
      });
    expect(await backfillAllResponseWaits({ db: prisma() })).toBe(1);
    expect(await prisma().reportSettings.findUnique({ where: { workspaceId: good.workspace.id } })).toMatchObject({
      backfilledAt: expect.any(Date),
    });
    expect(await prisma().reportCounter.count({ where: { workspaceId: good.workspace.id } })).toBeGreaterThan(0);
    expect(
      (await prisma().reportSettings.findUnique({ where: { workspaceId: bad.workspace.id } }))?.backfilledAt ?? null,
    ).toBeNull();
  });
});
