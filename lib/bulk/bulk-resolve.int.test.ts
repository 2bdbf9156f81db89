import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { runBulkJob } from "@/lib/bulk/run-bulk-job";
import { startBulkJob } from "@/lib/bulk/start-bulk-job";
import { updateChat } from "@/lib/inbox/update-chat";
import { updateFollowUpRules } from "@/lib/follow-ups/update-follow-up-rules";
import { syncResponseWaits } from "@/lib/reports/sync-response-waits";

// A bulk resolve does everything a single resolve does: both announce inbox/chats.resolved, so the
// report records the resolutions in the same transaction and the follow-up rules start after it.

// The rules run after the commit, one chat after another: a bound for a slow machine, not a measurement.
const WAIT = { timeout: 30_000, interval: 100 };

let db: TestDatabase;
let ws: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  ws = await createWorkspaceFixture({ name: "Bulk resolve", chats: 5 });
  // The buyers' waits the report closes on resolve.
  await db.prisma.chat.updateMany({
    where: { id: { in: ws.chatIds } },
    data: { awaitingReplySince: new Date(Date.now() - 600_000) },
  });
  await syncResponseWaits({ db: db.prisma, chatIds: ws.chatIds });
  await updateFollowUpRules({
    workspaceId: ws.workspace.id,
    update: { rules: [{ kind: "RESOLVED", enabled: true, delayDays: 3, template: null }] },
  });
});
afterAll(async () => {
  await db.cleanup();
});

const outcome = async (chatId: string) => {
  const [scheduled, wait] = await Promise.all([
    db.prisma.scheduledMessage.findMany({ where: { chatId }, select: { status: true, ruleKind: true, source: true } }),
    db.prisma.responseWait.findFirst({ where: { chatId }, select: { resolvedAt: true } }),
  ]);
  return { scheduled, resolved: wait?.resolvedAt != null };
};

describe("bulk resolve", () => {
  it("starts the follow-up rules and records the resolution, as a single resolve does", async () => {
    const [single, ...picked] = ws.chatIds as [string, ...string[]];
    for (const chatId of ws.chatIds) expect(await outcome(chatId)).toEqual({ scheduled: [], resolved: false });

    await updateChat({
      workspaceId: ws.workspace.id,
      chatId: single,
      update: { status: "RESOLVED" },
      userId: ws.operator.id,
    });
    const job = await startBulkJob({
      workspaceId: ws.workspace.id,
      userId: ws.operator.id,
      request: { requestKey: "bulk-resolve-1", action: { type: "resolve" }, selection: { ids: picked } },
    });
    await runBulkJob({ jobId: job.id, batchSize: 2 });

    const expected = { scheduled: [{ status: "SCHEDULED", ruleKind: "RESOLVED", source: "RULE" }], resolved: true };
    await vi.waitFor(async () => {
      for (const chatId of ws.chatIds) expect(await outcome(chatId)).toEqual(expected);
    }, WAIT);
    // Each start was durable and is done: nothing left for the sweep.
    await vi.waitFor(async () => expect(await db.prisma.eventDelivery.count()).toBe(0), WAIT);
  });

  it("a chat already resolved is not announced again by a bulk resolve", async () => {
    const chatId = ws.chatIds[1]!;
    await updateChat({ workspaceId: ws.workspace.id, chatId, update: { status: "OPEN" } });
    // Reopening cancelled the rule's message in the same transaction.
    expect((await outcome(chatId)).scheduled).toEqual([{ status: "CANCELLED", ruleKind: "RESOLVED", source: "RULE" }]);
    const before = await db.prisma.scheduledMessage.count();
    const job = await startBulkJob({
      workspaceId: ws.workspace.id,
      userId: ws.operator.id,
      request: { requestKey: "bulk-resolve-2", action: { type: "resolve" }, selection: { ids: ws.chatIds } },
    });
    await runBulkJob({ jobId: job.id });
    // Only the reopened chat changed, and only it gets a new follow-up.
    expect(await db.prisma.bulkJob.findUniqueOrThrow({ where: { id: job.id }, select: { changed: true } })).toEqual({
      changed: 1,
    });
    await vi.waitFor(
      async () => expect(await db.prisma.scheduledMessage.count({ where: { chatId, status: "SCHEDULED" } })).toBe(1),
      WAIT,
    );
    expect(await db.prisma.scheduledMessage.count()).toBe(before + 1);
  });
});
