import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { applyBulkAction } from "@/lib/bulk/apply-bulk-action";
import { deleteLabel } from "@/lib/labels/save-label";
import { setChatLabel } from "@/lib/labels/set-chat-label";
import { applyReportRollups, rebuildReportRollups } from "@/lib/reports/apply-report-rollups";
import { getReport } from "@/lib/reports/get-report";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The label section's rollups follow the labels: a label put on a chat counts its past events, taken off
// takes them out, a deleted label leaves no rows, and at every step the rollups equal a rebuild.
// Chat one (the operator's): a wait answered in 12 min and resolved after an hour (Dec 1), an open wait (Dec 2).
// Chat two: a wait answered by the owner two days later (Dec 1 to Dec 3).

let db: TestDatabase;
let f: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let one: string;
let two: string;
const at = (iso: string) => new Date(`2026-12-0${iso}Z`);

type Totals = { scope: string; received: number; answered: number; resolved: number };
const totals = (labelId: string) =>
  prisma().$queryRaw<
    Totals[]
  >`SELECT scope, sum(received)::int AS received, sum(answered)::int AS answered, sum(resolved)::int AS resolved
    FROM "ReportCounter" WHERE "workspaceId" = ${f.workspace.id} AND dim = 'label' AND value = ${labelId} GROUP BY scope ORDER BY scope`;
const histogramRows = (labelId: string) =>
  prisma().reportHistogram.count({ where: { workspaceId: f.workspace.id, dim: "label", value: labelId } });

/** Every rollup row of the workspace, then the same after a rebuild from the waits: equal when the incremental path is right. */
async function expectRebuildEqual() {
  const rows = async () => [
    await prisma()
      .$queryRaw`SELECT scope, dim, day::text, value, received, answered, resolved, "slaMet", "slaMetBusiness" FROM "ReportCounter"
      WHERE "workspaceId" = ${f.workspace.id} ORDER BY 1, 2, 3, 4`,
    await prisma().$queryRaw`SELECT scope, dim, metric, clock, day::text, value, bucket, n FROM "ReportHistogram"
      WHERE "workspaceId" = ${f.workspace.id} ORDER BY 1, 2, 3, 4, 5, 6, 7`,
  ];
  const incremental = await rows();
  await rebuildReportRollups({ db: prisma(), workspaceId: f.workspace.id });
  expect(await rows()).toEqual(incremental);
}

async function wait(
  id: string,
  chatId: string,
  w: { startedAt: string; answeredAt?: string; resolvedAt?: string; responderId?: string },
) {
  const seconds = w.answeredAt ? (at(w.answeredAt).getTime() - at(w.startedAt).getTime()) / 1000 : null;
  const resolution = w.resolvedAt ? (at(w.resolvedAt).getTime() - at(w.startedAt).getTime()) / 1000 : null;
  await prisma().responseWait.create({
    data: {
      id,
      workspaceId: f.workspace.id,
      chatId,
      marketplace: "wildberries",
      kind: "CHAT",
      startedAt: at(w.startedAt),
      conversationStartedAt: at(w.startedAt),
      isFirst: true,
      slaSeconds: 3600,
      assigneeId: chatId === one ? f.operator.id : null,
      responderId: w.responderId ?? null,
      resolverId: w.resolvedAt ? w.responderId : null,
      answeredAt: w.answeredAt ? at(w.answeredAt) : null,
      endedAt: w.answeredAt ? at(w.answeredAt) : null,
      seconds,
      businessSeconds: seconds,
      resolvedAt: w.resolvedAt ? at(w.resolvedAt) : null,
      resolutionSeconds: resolution,
      resolutionBusinessSeconds: resolution,
    },
  });
  for (const event of ["received", "answered", "resolved"] as const)
    await applyReportRollups({ db: prisma(), event, waitIds: [id] });
}

const label = (name: string) => prisma().label.create({ data: { workspaceId: f.workspace.id, name, color: "red" } });
const bulk = (labelId: string, on: boolean, chatIds: string[]) =>
  prisma().$transaction((tx) =>
    applyBulkAction({
      tx,
      publish: async () => {},
      workspaceId: f.workspace.id,
      action: { type: "label", labelId, on },
      chatIds,
      now: new Date(),
    }),
  );

beforeAll(async () => {
  db = await createTestDatabase();
  f = await createWorkspaceFixture({ name: "Label rollups", chats: 2 });
  [one, two] = f.chatIds as [string, string];
  await wait("w1", one, {
    startedAt: "1T10:00:00",
    answeredAt: "1T10:12:00",
    resolvedAt: "1T11:00:00",
    responderId: f.operator.id,
  });
  await wait("w2", one, { startedAt: "2T09:00:00" });
  await wait("w3", two, { startedAt: "1T08:00:00", answeredAt: "3T08:00:00", responderId: f.owner.id });
});
afterAll(async () => {
  await db?.cleanup();
});

describe("label rollups", () => {
  it("count a chat's past events under a label put on it after the fact, and its new events under its labels", async () => {
    const defect = await label("Брак");
    await setChatLabel({ workspaceId: f.workspace.id, chatId: one, labelId: defect.id, on: true });
    expect(await totals(defect.id)).toEqual([
      { scope: "", received: 2, answered: 1, resolved: 1 },
      { scope: f.operator.id, received: 2, answered: 1, resolved: 1 },
    ]);
    const report = await getReport({
      workspaceId: f.workspace.id,
      userId: f.owner.id,
      role: "OWNER",
      query: { from: "2026-12-01", to: "2026-12-03", days: 30, period: "day" },
    });
    expect(report.byLabel.map((l) => [l.name, l.received, l.answered, l.resolved, l.response.p50])).toEqual([
      ["Брак", 2, 1, 1, 12 * 60],
    ]);
    await expectRebuildEqual();

    await wait("w4", one, { startedAt: "3T12:00:00", answeredAt: "3T12:05:00", responderId: f.owner.id });
    expect((await totals(defect.id))[0]).toEqual({ scope: "", received: 3, answered: 2, resolved: 1 });
    await expectRebuildEqual();
  });

  it("take a chat's events out of a label taken off it", async () => {
    const defect = await prisma().label.findFirstOrThrow({ where: { workspaceId: f.workspace.id, name: "Брак" } });
    await setChatLabel({ workspaceId: f.workspace.id, chatId: one, labelId: defect.id, on: false });
    expect(await totals(defect.id)).toEqual([]);
    expect(await histogramRows(defect.id)).toBe(0);
    await expectRebuildEqual();
  });

  it("follow a bulk action's batch, on and off", async () => {
    const question = await label("Вопрос");
    await bulk(question.id, true, [one, two]);
    expect((await totals(question.id))[0]).toEqual({ scope: "", received: 4, answered: 3, resolved: 1 });
    await expectRebuildEqual();
    await bulk(question.id, false, [one]);
    expect(await totals(question.id)).toEqual([
      { scope: "", received: 1, answered: 1, resolved: 0 },
      { scope: f.owner.id, received: 0, answered: 1, resolved: 0 },
    ]);
    await expectRebuildEqual();
  });

  it("leave no rows of a deleted label", async () => {
    const question = await prisma().label.findFirstOrThrow({ where: { workspaceId: f.workspace.id, name: "Вопрос" } });
    expect(await histogramRows(question.id)).toBeGreaterThan(0);
    await deleteLabel({ workspaceId: f.workspace.id, labelId: question.id });
    expect(await totals(question.id)).toEqual([]);
    expect(await histogramRows(question.id)).toBe(0);
    await expectRebuildEqual();
  });
});
