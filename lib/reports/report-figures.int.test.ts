import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { markChatAnswered } from "@/lib/inbox/deliver-reply";
import { updateChat } from "@/lib/inbox/update-chat";
import { listChats } from "@/lib/inbox/list-chats";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { chatWithIdOnly } from "@/lib/marketplaces/schemas";
import { rebuildReportRollups } from "@/lib/reports/apply-report-rollups";
import { recomputeBusinessSeconds } from "@/lib/reports/backfill-response-waits";
import { getReport, type ReportRow } from "@/lib/reports/get-report";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { reportRollupsSnapshot } from "@/lib/test/report-rollups-snapshot";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The report's figures over a small week of chats whose answers are worked out by hand below. The
// workspace is in Moscow (UTC+3); business hours Mon-Fri 09:00-18:00 with a 13:00-14:00 break, and
// Wednesday 2026-12-02 off. Every buyer message reports a defect (urgent: a 60-minute SLA).
//
// A (assigned to the operator): buyer Mon 10:00, operator 10:12; buyer 12:50, operator 14:20; resolved
//   by the operator 15:00. Waits 12 min and 90 min (business: 10 + 20 = 30 min, the break skipped);
//   resolution 5 h (business 4 h).
// B: buyer Tue 17:30, a reply from the marketplace's cabinet Thu 05:30: 36 h (business: 30 min on
//   Tuesday; Wednesday is off and Thursday has not begun = 30 min).
// C: buyer Thu 11:00, resolved by the owner 11:05 with no reply (the SLA clock stops; resolution 5 min);
//   buyer again Fri 10:00 (a new conversation), operator 10:03, resolved 10:30 (30 min); resolved once
//   more after a reopen without a buyer message, which counts nothing.
// D (a product question): buyer Sat 01:30 Moscow (Fri 22:30 UTC), unanswered.
//
// Responses 3, 12, 90 min and 36 h: median (nearest rank) 12 min, p90 36 h; business 3, 12, 30, 30 min.
// First responses 12 min (A), 36 h (B), 3 min (C's second conversation): median 12 min, p90 36 h.
// Resolutions 5 min, 30 min, 5 h: median 30 min, p90 5 h (business 4 h). Within the SLA: 2 of 4 by the
// clock (3 and 12 min), 4 of 4 in business hours.

const MIN = 60;
const HOUR = 3600;
const msk = (local: string) => new Date(`${local}+03:00`);
const DEFECT = "Пришёл товар с браком, шов разошёлся";

let db: TestDatabase;
let f: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let seq = 0;
let labels: { defect: string; question: string };

async function buyer(chat: string, at: string, kind: "chat" | "question" = "chat") {
  const account = { id: f.account.id, workspaceId: f.workspace.id, marketplace: "wildberries" as const };
  const r = await upsertConversations({
    account,
    chats: [{ ...chatWithIdOnly({ externalId: chat }), kind }],
    messages: [
      {
        externalId: `m${++seq}`,
        chatExternalId: chat,
        author: "buyer",
        text: DEFECT,
        createdAt: msk(at).toISOString(),
        attachments: [],
        isRead: false,
      },
    ],
  });
  return r.chatIds[0]!;
}

/** A reply through the send path: the operator's message, then what delivery does once it is SENT. */
async function operatorReply(chatId: string, at: string) {
  const createdAt = msk(at);
  await prisma().message.create({
    data: {
      chatId,
      author: "SELLER",
      text: "Заменим",
      status: "SENT",
      createdAt,
      senderUserId: f.operator.id,
      externalId: `m${++seq}`,
    },
  });
  await markChatAnswered({ chatId, at: createdAt, text: "Заменим" });
}

/** A reply the seller wrote in the marketplace's cabinet, seen by ingestion. */
async function cabinetReply(chat: string, at: string) {
  const account = { id: f.account.id, workspaceId: f.workspace.id, marketplace: "wildberries" as const };
  await upsertConversations({
    account,
    chats: [],
    messages: [
      {
        externalId: `m${++seq}`,
        chatExternalId: chat,
        author: "seller",
        text: "Ответ из кабинета",
        createdAt: msk(at).toISOString(),
        attachments: [],
        isRead: null,
      },
    ],
  });
}

const resolve = (chatId: string, at: string, userId: string) =>
  updateChat({ workspaceId: f.workspace.id, chatId, update: { status: "RESOLVED" }, userId, now: msk(at) });
const report = (role: "OWNER" | "OPERATOR", period: "day" | "week" = "day") =>
  getReport({
    workspaceId: f.workspace.id,
    userId: role === "OWNER" ? f.owner.id : f.operator.id,
    role,
    query: { from: "2026-11-30", to: "2026-12-06", days: 30, period },
  });
const figures = (r: ReportRow) => ({
  received: r.received,
  answered: r.answered,
  resolved: r.resolved,
  slaMet: r.slaMet,
  first: r.first,
  response: r.response,
  resolution: r.resolution,
});

beforeAll(async () => {
  db = await createTestDatabase();
  f = await createWorkspaceFixture({ name: "Reports", chats: 0 });
  const day = { start: "09:00", end: "18:00", breaks: [{ start: "13:00", end: "14:00" }] };
  await prisma().reportSettings.create({
    data: {
      workspaceId: f.workspace.id,
      weekly: [day, day, day, day, day, null, null],
      daysOff: ["2026-12-02"],
      backfilledAt: new Date(),
    },
  });

  const account = { id: f.account.id, workspaceId: f.workspace.id, marketplace: "wildberries" as const };
  const [a] = (await upsertConversations({ account, chats: [chatWithIdOnly({ externalId: "A" })], messages: [] }))
    .chatIds as [string];
  await prisma().chat.update({ where: { id: a }, data: { assigneeId: f.operator.id } });
  await buyer("A", "2026-11-30T10:00:00");
  await operatorReply(a, "2026-11-30T10:12:00");
  await buyer("A", "2026-11-30T12:50:00");
  await operatorReply(a, "2026-11-30T14:20:00");
  await resolve(a, "2026-11-30T15:00:00", f.operator.id);

  await buyer("B", "2026-12-01T17:30:00");
  await cabinetReply("B", "2026-12-03T05:30:00");

  const c = await buyer("C", "2026-12-03T11:00:00");
  await resolve(c, "2026-12-03T11:05:00", f.owner.id);
  await buyer("C", "2026-12-04T10:00:00");
  await operatorReply(c, "2026-12-04T10:03:00");
  await resolve(c, "2026-12-04T10:30:00", f.operator.id);
  await updateChat({ workspaceId: f.workspace.id, chatId: c, update: { status: "OPEN" } });
  await resolve(c, "2026-12-04T11:00:00", f.operator.id);

  const d = await buyer("D", "2026-12-05T01:30:00", "question");

  // Labels: «Брак» on A and C, «Вопрос» on D, «Пусто» on no chat; another workspace's label on nothing here.
  const label = (name: string, color: string, chatIds: string[]) =>
    prisma().label.create({
      data: { workspaceId: f.workspace.id, name, color, chats: { create: chatIds.map((chatId) => ({ chatId })) } },
    });
  labels = { defect: (await label("Брак", "red", [a, c])).id, question: (await label("Вопрос", "blue", [d])).id };
  await label("Пусто", "gray", []);
});
afterAll(async () => {
  await db?.cleanup();
});

describe("report figures", () => {
  it("gives the hand-computed totals by the clock", async () => {
    const r = await report("OWNER");
    expect(r.clock).toBe("wall");
    expect(figures(r.totals)).toEqual({
      received: 6,
      answered: 4,
      resolved: 3,
      slaMet: 2,
      first: { p50: 12 * MIN, p90: 36 * HOUR },
      response: { p50: 12 * MIN, p90: 36 * HOUR },
      resolution: { p50: 30 * MIN, p90: 5 * HOUR },
    });
    expect(r.totals.slaShare).toBe(0.5);
  });

  it("counts business hours only when the workspace asks for it: breaks, nights and the day off skipped", async () => {
    await prisma().reportSettings.update({ where: { workspaceId: f.workspace.id }, data: { slaBusinessHours: true } });
    try {
      const r = await report("OWNER");
      expect(r.clock).toBe("business");
      expect(figures(r.totals)).toEqual({
        received: 6,
        answered: 4,
        resolved: 3,
        slaMet: 4,
        first: { p50: 12 * MIN, p90: 30 * MIN },
        response: { p50: 12 * MIN, p90: 30 * MIN },
        resolution: { p50: 30 * MIN, p90: 4 * HOUR },
      });
    } finally {
      await prisma().reportSettings.update({
        where: { workspaceId: f.workspace.id },
        data: { slaBusinessHours: false },
      });
    }
  });

  it("puts each event on its own day in the workspace's time zone", async () => {
    const r = await report("OWNER");
    const days = Object.fromEntries(r.series.map((d) => [d.key, [d.received, d.answered, d.resolved]]));
    expect(days).toEqual({
      "2026-11-30": [2, 2, 1],
      "2026-12-01": [1, 0, 0],
      "2026-12-02": [0, 0, 0],
      "2026-12-03": [1, 1, 1],
      "2026-12-04": [1, 1, 1],
      "2026-12-05": [1, 0, 0],
      "2026-12-06": [0, 0, 0],
    });
    const week = await report("OWNER", "week");
    expect(week.series.map((w) => [w.key, w.received, w.answered, w.resolved])).toEqual([["2026-11-30", 6, 4, 3]]);
  });

  it("splits by kind and by operator; an operator sees only their own figures", async () => {
    const r = await report("OWNER");
    expect(r.byKind.map((k) => [k.key, k.received])).toEqual([
      ["CHAT", 5],
      ["QUESTION", 1],
    ]);
    expect(r.byMarketplace.map((m) => [m.key, m.received, m.answered])).toEqual([["wildberries", 6, 4]]);
    const ops = Object.fromEntries(r.byOperator!.map((o) => [o.key, [o.label, o.received, o.answered, o.resolved]]));
    expect(ops).toEqual({
      [f.operator.id]: ["Reports operator", 2, 3, 2],
      [f.owner.id]: ["Reports owner", 0, 0, 1],
      "": [null, 4, 1, 0],
    });

    const own = await report("OPERATOR");
    expect(own.own).toBe(true);
    expect(own.byOperator).toBeNull();
    expect(figures(own.totals)).toMatchObject({
      received: 2,
      answered: 3,
      resolved: 2,
      response: { p50: 12 * MIN, p90: 90 * MIN },
    });
  });

  // «Брак» (A and C): received 4, answered 3 (12 and 90 min for A, 3 min for C; 2 within the SLA),
  // resolved 3 (5 h, 5 min, 30 min). First responses 12 and 3 min: median 3 min, p90 12 min. Responses
  // 3, 12, 90 min: median 12, p90 90 min. Resolutions: median 30 min, p90 5 h. «Вопрос» (D): received 1.
  // The operator's own «Брак»: received 2 (A's waits), answered 3, resolved 2 (C's 11:05 was the owner's).
  it("splits by label, with the same rules as the other sections, and drills down to the label's chats", async () => {
    const r = await report("OWNER");
    expect(r.byLabel.map((l) => [l.name, l.color, l.received, l.answered, l.resolved, l.slaMet])).toEqual([
      ["Брак", "red", 4, 3, 3, 2],
      ["Вопрос", "blue", 1, 0, 0, 0],
    ]);
    const defect = r.byLabel[0]!;
    expect([defect.first, defect.response, defect.resolution, defect.slaShare]).toEqual([
      { p50: 3 * MIN, p90: 12 * MIN },
      { p50: 12 * MIN, p90: 90 * MIN },
      { p50: 30 * MIN, p90: 5 * HOUR },
      2 / 3,
    ]);
    expect(r.byLabel[1]!.response).toEqual({ p50: null, p90: null });

    const own = await report("OPERATOR");
    expect(own.byLabel.map((l) => [l.name, l.received, l.answered, l.resolved])).toEqual([["Брак", 2, 3, 2]]);
    const monday = await getReport({
      workspaceId: f.workspace.id,
      userId: f.owner.id,
      role: "OWNER",
      query: { from: "2026-11-30", to: "2026-11-30", days: 30, period: "day" },
    });
    expect(monday.byLabel.map((l) => [l.name, l.received, l.answered, l.resolved])).toEqual([["Брак", 2, 2, 1]]);

    await prisma().reportSettings.update({ where: { workspaceId: f.workspace.id }, data: { slaBusinessHours: true } });
    try {
      const business = (await report("OWNER")).byLabel[0]!;
      // Business hours: responses 3, 12, 30 min, all within the SLA; resolutions 5 min, 30 min, 4 h.
      expect([business.slaMet, business.response, business.resolution]).toEqual([
        3,
        { p50: 12 * MIN, p90: 30 * MIN },
        { p50: 30 * MIN, p90: 4 * HOUR },
      ]);
    } finally {
      await prisma().reportSettings.update({
        where: { workspaceId: f.workspace.id },
        data: { slaBusinessHours: false },
      });
    }
  });

  it("holds at most two of the pool's connections at once, whatever the sections", async () => {
    // Raw queries in flight at once while the owner's report (five sections) is read.
    let inFlight = 0;
    let most = 0;
    const real = db.prisma.$queryRaw.bind(db.prisma);
    const spy = vi.spyOn(db.prisma, "$queryRaw").mockImplementation(((...args: Parameters<typeof real>) => {
      most = Math.max(most, ++inFlight);
      return real(...args).finally(() => (inFlight -= 1));
    }) as typeof real);
    try {
      const r = await report("OWNER");
      expect(r.byOperator?.length).toBe(3);
    } finally {
      spy.mockRestore();
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(2);
  });

  it("lists the chats behind a bar in the inbox: the days the buyers wrote, the kind, the operator", async () => {
    const names = async (filter: Record<string, string>) => {
      const { chats } = await listChats({
        workspaceId: f.workspace.id,
        userId: f.owner.id,
        query: chatListQuerySchema.parse({ view: "all", sort: "recent", ...filter }),
      });
      const ids = await prisma().chat.findMany({
        where: { id: { in: chats.map((c) => c.id) } },
        select: { externalId: true },
      });
      return ids.map((c) => c.externalId).sort();
    };
    expect(await names({ from: "2026-12-03", to: "2026-12-03" })).toEqual(["C"]);
    // Saturday 01:30 in Moscow is Friday in UTC: the workspace's calendar decides.
    expect(await names({ from: "2026-12-05", to: "2026-12-05" })).toEqual(["D"]);
    expect(await names({ from: "2026-11-30", to: "2026-12-06", kind: "QUESTION" })).toEqual(["D"]);
    expect(await names({ from: "2026-11-30", to: "2026-12-06", operator: f.operator.id })).toEqual(["A", "C"]);
    expect(await names({ from: "2026-11-30", to: "2026-12-06", operator: "" })).toEqual(["B", "C", "D"]);
    expect(await names({ from: "2026-12-07", to: "2026-12-08" })).toEqual([]);
    expect(await names({ from: "2026-11-30", to: "2026-12-06", label: labels.defect })).toEqual(["A", "C"]);
    expect(await names({ from: "2026-12-04", to: "2026-12-06", label: labels.defect })).toEqual(["C"]);
  });

  it("pages through a bar's chats without looking up the workspace's time zone first", async () => {
    const lookups = vi.spyOn(db.prisma.workspace, "findUnique");
    try {
      const { chats } = await listChats({
        workspaceId: f.workspace.id,
        userId: f.owner.id,
        query: chatListQuerySchema.parse({ view: "all", sort: "recent", from: "2026-12-05", to: "2026-12-05" }),
      });
      expect(chats).toHaveLength(1);
      expect(lookups).not.toHaveBeenCalled();
    } finally {
      lookups.mockRestore();
    }
  });

  it("writes each wait once, and the rollups equal a rebuild from the waits", async () => {
    const waits = await prisma().responseWait.findMany({
      where: { workspaceId: f.workspace.id },
      orderBy: { startedAt: "asc" },
    });
    expect(waits.map((w) => [w.seconds, w.businessSeconds, w.isFirst, w.slaSeconds])).toEqual([
      [12 * MIN, 12 * MIN, true, HOUR],
      [90 * MIN, 30 * MIN, false, HOUR],
      [36 * HOUR, 30 * MIN, true, HOUR],
      [null, null, true, HOUR],
      [3 * MIN, 3 * MIN, true, HOUR],
      [null, null, true, HOUR],
    ]);
    const snapshot = () => reportRollupsSnapshot(f.workspace.id);
    const incremental = await snapshot();
    await prisma().$transaction((tx) => rebuildReportRollups({ db: tx, workspaceId: f.workspace.id }));
    expect(await snapshot()).toEqual(incremental);
    await recomputeBusinessSeconds({ db: prisma(), workspaceId: f.workspace.id });
    expect(await snapshot()).toEqual(incremental);
  });
});
