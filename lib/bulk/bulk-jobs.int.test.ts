import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { callRoute } from "@/lib/test/call-route";
import { resumeBulkJobs, runBulkJob } from "@/lib/bulk/run-bulk-job";
import * as jobs from "@/app/api/bulk-jobs/route";
import * as job from "@/app/api/bulk-jobs/[id]/route";
import * as matching from "@/app/api/chats/matching/route";

// Bulk actions: picked chats or all matching a filter (loaded or not), one background job with
// progress and a summary, safe to repeat, never reaching another workspace's chats.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let labelId: string;

type Job = { id: string; status: string; total: number; processed: number; changed: number };
let keyN = 0;
const key = () => `bulk-key-${Date.now()}-${keyN++}`;

/** Starts a job as the operator, then runs it to the end alongside the in-process run (small batches). */
async function runJob(body: Record<string, unknown>, userId = a.operator.id): Promise<Job> {
  const res = await callRoute(jobs.POST, { method: "POST", body: { requestKey: key(), ...body }, userId });
  expect(res.status).toBe(202);
  const started = res.json as Job;
  await runBulkJob({ jobId: started.id, batchSize: 2 });
  return (await callRoute(job.GET, { params: { id: started.id }, userId })).json as Job;
}

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Bulk", chats: 12 });
  b = await createWorkspaceFixture({ name: "Other", chats: 2 });
  labelId = (await db.prisma.label.create({ data: { workspaceId: a.workspace.id, name: "Возврат", color: "red" } })).id;
  // Seven of the twelve carry the label; the list in the browser never loaded most of them.
  await db.prisma.chatLabel.createMany({ data: a.chatIds.slice(0, 7).map((chatId) => ({ chatId, labelId })) });
  await db.prisma.chat.updateMany({ where: { id: { in: a.chatIds } }, data: { unreadCount: 2, isNewChat: true } });
});
afterAll(async () => {
  await db.cleanup();
});

describe("bulk jobs", () => {
  it("counts and resolves all chats matching a filter, in batches, with a summary", async () => {
    const count = await callRoute(matching.GET, {
      url: `http://localhost/api/chats/matching?view=all&label=${labelId}`,
      userId: a.operator.id,
    });
    expect(count.json).toEqual({ count: 7 });
    const done = await runJob({ action: { type: "resolve" }, selection: { filter: { view: "all", label: labelId } } });
    expect(done).toMatchObject({ status: "DONE", total: 7, processed: 7, changed: 7 });
    const resolved = await db.prisma.chat.findMany({
      where: { workspaceId: a.workspace.id, status: "RESOLVED" },
      select: { id: true },
    });
    expect(resolved.map((c) => c.id).sort()).toEqual(a.chatIds.slice(0, 7).sort());
  });

  it("returns the same job for the same request key and changes nothing when an action is repeated", async () => {
    const body = { requestKey: key(), action: { type: "resolve" }, selection: { ids: a.chatIds.slice(0, 3) } };
    const first = await callRoute(jobs.POST, { method: "POST", body, userId: a.operator.id });
    const again = await callRoute(jobs.POST, { method: "POST", body, userId: a.operator.id });
    expect((again.json as Job).id).toBe((first.json as Job).id);
    await runBulkJob({ jobId: (first.json as Job).id });
    expect(await db.prisma.bulkJob.count({ where: { workspaceId: a.workspace.id, requestKey: body.requestKey } })).toBe(
      1,
    );
    const final = (await callRoute(job.GET, { params: { id: (first.json as Job).id }, userId: a.operator.id }))
      .json as Job;
    // Already resolved by the first test: processed, none changed.
    expect(final).toMatchObject({ status: "DONE", total: 3, processed: 3, changed: 0 });
  });

  it("assigns, snoozes, labels, unlabels and marks read the picked chats only", async () => {
    const picked = a.chatIds.slice(7, 10);
    expect(
      await runJob({ action: { type: "assign", assigneeId: a.owner.id }, selection: { ids: picked } }),
    ).toMatchObject({ total: 3, changed: 3 });
    const until = new Date(Date.now() + 86_400_000).toISOString();
    expect(await runJob({ action: { type: "snooze", until }, selection: { ids: picked } })).toMatchObject({
      changed: 3,
    });
    expect(await runJob({ action: { type: "label", labelId, on: true }, selection: { ids: picked } })).toMatchObject({
      changed: 3,
    });
    expect(await runJob({ action: { type: "label", labelId, on: true }, selection: { ids: picked } })).toMatchObject({
      changed: 0,
    });
    expect(await runJob({ action: { type: "read" }, selection: { ids: picked } })).toMatchObject({ changed: 3 });
    const rows = await db.prisma.chat.findMany({
      where: { id: { in: a.chatIds } },
      select: {
        id: true,
        assigneeId: true,
        snoozedUntil: true,
        unreadCount: true,
        labels: { select: { labelId: true } },
      },
    });
    for (const row of rows) {
      const isPicked = picked.includes(row.id);
      expect(row.assigneeId).toBe(isPicked ? a.owner.id : null);
      expect(row.snoozedUntil?.toISOString() ?? null).toBe(isPicked ? until : null);
      expect(row.unreadCount).toBe(isPicked ? 0 : 2);
    }
    expect(await db.prisma.message.count({ where: { chatId: { in: picked }, readAt: null, author: "BUYER" } })).toBe(0);
    expect(await runJob({ action: { type: "label", labelId, on: false }, selection: { ids: picked } })).toMatchObject({
      changed: 3,
    });
    expect(await db.prisma.chatLabel.count({ where: { chatId: { in: picked } } })).toBe(0);
  });

  it("never touches another workspace's chats, labels, members or jobs", async () => {
    const mixed = await runJob({ action: { type: "resolve" }, selection: { ids: [...b.chatIds, a.chatIds[11]!] } });
    expect(mixed).toMatchObject({ total: 1, changed: 1 });
    expect(await db.prisma.chat.count({ where: { workspaceId: b.workspace.id, status: "RESOLVED" } })).toBe(0);
    const foreignLabel = await callRoute(jobs.POST, {
      method: "POST",
      body: { requestKey: key(), action: { type: "label", labelId, on: true }, selection: { ids: b.chatIds } },
      userId: b.operator.id,
    });
    expect(foreignLabel.status).toBe(404);
    const foreignMember = await callRoute(jobs.POST, {
      method: "POST",
      body: { requestKey: key(), action: { type: "assign", assigneeId: a.owner.id }, selection: { ids: b.chatIds } },
      userId: b.operator.id,
    });
    expect(foreignMember.status).toBe(404);
    expect((await callRoute(job.GET, { params: { id: mixed.id }, userId: b.operator.id })).status).toBe(404);
    expect(
      (
        await callRoute(jobs.POST, {
          method: "POST",
          body: {
            requestKey: key(),
            action: { type: "snooze", until: new Date(Date.now() - 1000).toISOString() },
            selection: { ids: a.chatIds },
          },
          userId: a.operator.id,
        })
      ).status,
    ).toBe(400);
  });

  it("covers, for all matching, exactly the report's drill-down the list shows (days, operator)", async () => {
    const c = await createWorkspaceFixture({ name: "Drill", chats: 4 });
    // Buyers wrote to two of the four chats on 30 November (the report's bar); the list shows those two.
    for (const chatId of c.chatIds.slice(0, 2)) {
      await db.prisma.responseWait.create({
        data: {
          id: `rw-${chatId}`,
          workspaceId: c.workspace.id,
          chatId,
          marketplace: "wildberries",
          kind: "CHAT",
          startedAt: new Date("2026-11-30T09:00:00Z"),
          conversationStartedAt: new Date("2026-11-30T09:00:00Z"),
          isFirst: true,
          slaSeconds: 3600,
          responderId: c.operator.id,
        },
      });
    }
    const filter = { view: "all", from: "2026-11-30", to: "2026-11-30", operator: c.operator.id };
    const count = await callRoute(matching.GET, {
      url: `http://localhost/api/chats/matching?${new URLSearchParams(filter)}`,
      userId: c.owner.id,
    });
    expect(count.json).toEqual({ count: 2 });
    const res = await callRoute(jobs.POST, {
      method: "POST",
      body: { requestKey: key(), action: { type: "resolve" }, selection: { filter } },
      userId: c.owner.id,
    });
    expect(res.json).toMatchObject({ total: 2 });
    await runBulkJob({ jobId: (res.json as Job).id });
    const resolved = await db.prisma.chat.findMany({
      where: { workspaceId: c.workspace.id, status: "RESOLVED" },
      select: { id: true },
    });
    expect(resolved.map((r) => r.id).sort()).toEqual(c.chatIds.slice(0, 2).sort());
  });

  it("puts on nothing when its label was deleted, and assigns nobody removed, after the job started", async () => {
    const c = await createWorkspaceFixture({ name: "Gone", chats: 2 });
    const label = await db.prisma.label.create({
      data: { workspaceId: c.workspace.id, name: "Скоро удалим", color: "red" },
    });
    const stored = (action: object) =>
      db.prisma.bulkJob.create({
        data: { workspaceId: c.workspace.id, requestKey: key(), action, chatIds: c.chatIds, total: c.chatIds.length },
      });
    const labelJob = await stored({ type: "label", labelId: label.id, on: true });
    const assignJob = await stored({ type: "assign", assigneeId: c.operator.id });
    await db.prisma.label.delete({ where: { id: label.id } });
    await db.prisma.membership.deleteMany({ where: { workspaceId: c.workspace.id, userId: c.operator.id } });
    await runBulkJob({ jobId: labelJob.id });
    await runBulkJob({ jobId: assignJob.id });
    expect(
      await db.prisma.bulkJob.findMany({
        where: { id: { in: [labelJob.id, assignJob.id] } },
        select: { status: true, changed: true },
      }),
    ).toEqual([
      { status: "DONE", changed: 0 },
      { status: "DONE", changed: 0 },
    ]);
    expect(await db.prisma.chat.count({ where: { id: { in: c.chatIds }, assigneeId: { not: null } } })).toBe(0);
  });

  it("resumes every workspace's unfinished jobs when one of them cannot run, which ends FAILED", async () => {
    const c = await createWorkspaceFixture({ name: "Broken", chats: 1 });
    const d = await createWorkspaceFixture({ name: "Healthy", chats: 2 });
    const old = new Date(Date.now() - 10 * 60_000);
    // A row no runner can read (ids that are not a list), left first in the queue.
    const broken = await db.prisma.bulkJob.create({
      data: {
        workspaceId: c.workspace.id,
        requestKey: key(),
        action: { type: "resolve" },
        chatIds: { not: "a list" },
        total: 1,
        createdAt: old,
      },
    });
    const healthy = await db.prisma.bulkJob.create({
      data: {
        workspaceId: d.workspace.id,
        requestKey: key(),
        action: { type: "resolve" },
        chatIds: d.chatIds,
        total: 2,
        createdAt: new Date(old.getTime() + 1000),
      },
    });
    await resumeBulkJobs();
    expect((await db.prisma.bulkJob.findUniqueOrThrow({ where: { id: healthy.id } })).status).toBe("DONE");
    expect(await db.prisma.chat.count({ where: { workspaceId: d.workspace.id, status: "RESOLVED" } })).toBe(2);
    expect((await db.prisma.bulkJob.findUniqueOrThrow({ where: { id: broken.id } })).status).toBe("FAILED");
  });

  it("refuses a fourth unfinished job of one workspace with 429, and leaves other workspaces alone", async () => {
    const c = await createWorkspaceFixture({ name: "Busy", chats: 1 });
    for (let i = 0; i < 3; i++)
      await db.prisma.bulkJob.create({
        data: {
          workspaceId: c.workspace.id,
          requestKey: key(),
          action: { type: "read" },
          chatIds: c.chatIds,
          total: 1,
        },
      });
    const busy = await callRoute(jobs.POST, {
      method: "POST",
      body: { requestKey: key(), action: { type: "read" }, selection: { ids: c.chatIds } },
      userId: c.operator.id,
    });
    expect(busy.status).toBe(429);
    expect(busy.json.error.details.reason).toBe("bulk_jobs_running");
    expect(busy.headers.get("retry-after")).toBe("5");
    const other = await callRoute(jobs.POST, {
      method: "POST",
      body: { requestKey: key(), action: { type: "read" }, selection: { ids: b.chatIds } },
      userId: b.operator.id,
    });
    expect(other.status).toBe(202);
  });
});
