import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { listChats } from "@/lib/inbox/list-chats";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { rebuildReportRollups } from "@/lib/reports/apply-report-rollups";
import { recomputeBusinessSeconds } from "@/lib/reports/backfill-response-waits";
import { getReport } from "@/lib/reports/get-report";
import { reportRollupsSnapshot } from "@/lib/test/report-rollups-snapshot";
import { figures, HOUR, MIN, report, reportWeekPerFile } from "@/lib/test/report-week";

// The report's figures over the hand-computed week of lib/test/report-week.ts.

const w = reportWeekPerFile();

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
    await prisma().reportSettings.update({
      where: { workspaceId: w.f.workspace.id },
      data: { slaBusinessHours: true },
    });
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
        where: { workspaceId: w.f.workspace.id },
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
      [w.f.operator.id]: ["Reports operator", 2, 3, 2],
      [w.f.owner.id]: ["Reports owner", 0, 0, 1],
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
      workspaceId: w.f.workspace.id,
      userId: w.f.owner.id,
      role: "OWNER",
      query: { from: "2026-11-30", to: "2026-11-30", days: 30, period: "day" },
    });
    expect(monday.byLabel.map((l) => [l.name, l.received, l.answered, l.resolved])).toEqual([["Брак", 2, 2, 1]]);

    await prisma().reportSettings.update({
      where: { workspaceId: w.f.workspace.id },
      data: { slaBusinessHours: true },
    });
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
        where: { workspaceId: w.f.workspace.id },
        data: { slaBusinessHours: false },
      });
    }
  });

  it("holds at most two of the pool's connections at once, whatever the sections", async () => {
    // Raw queries in flight at once while the owner's report (five sections) is read.
    let inFlight = 0;
    let most = 0;
    const real = w.db.prisma.$queryRaw.bind(w.db.prisma);
    const spy = vi.spyOn(w.db.prisma, "$queryRaw").mockImplementation(((...args: Parameters<typeof real>) => {
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
        workspaceId: w.f.workspace.id,
        userId: w.f.owner.id,
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
    expect(await names({ from: "2026-11-30", to: "2026-12-06", operator: w.f.operator.id })).toEqual(["A", "C"]);
    expect(await names({ from: "2026-11-30", to: "2026-12-06", operator: "" })).toEqual(["B", "C", "D"]);
    expect(await names({ from: "2026-12-07", to: "2026-12-08" })).toEqual([]);
    expect(await names({ from: "2026-11-30", to: "2026-12-06", label: w.labels.defect })).toEqual(["A", "C"]);
    expect(await names({ from: "2026-12-04", to: "2026-12-06", label: w.labels.defect })).toEqual(["C"]);
  });

  it("pages through a bar's chats without looking up the workspace's time zone first", async () => {
    const lookups = vi.spyOn(w.db.prisma.workspace, "findUnique");
    try {
      const { chats } = await listChats({
        workspaceId: w.f.workspace.id,
        userId: w.f.owner.id,
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
      where: { workspaceId: w.f.workspace.id },
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
    const snapshot = () => reportRollupsSnapshot(w.f.workspace.id);
    const incremental = await snapshot();
    await prisma().$transaction((tx) => rebuildReportRollups({ db: tx, workspaceId: w.f.workspace.id }));
    expect(await snapshot()).toEqual(incremental);
    await recomputeBusinessSeconds({ db: prisma(), workspaceId: w.f.workspace.id });
    expect(await snapshot()).toEqual(incremental);
  });
});
