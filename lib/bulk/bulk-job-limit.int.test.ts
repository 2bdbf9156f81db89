import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { startBulkJob } from "@/lib/bulk/start-bulk-job";
import { BULK_MAX_RUNNING } from "@/lib/bulk/bulk-schema";
import { AppError } from "@/lib/errors";

// The jobs stay RUNNING here: the limit is what is under test, not the run (bulk-jobs.int.test.ts).
vi.mock("@/lib/jobs/dispatch-event", () => ({ dispatchEvent: async () => {} }));

let db: TestDatabase;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.cleanup();
});

/** Starts `count` bulk jobs of one workspace at once; how many were refused as over the limit. */
async function startAtOnce({
  workspaceId,
  userId,
  chatIds,
  count,
}: {
  workspaceId: string;
  userId: string;
  chatIds: string[];
  count: number;
}) {
  const results = await Promise.allSettled(
    Array.from({ length: count }, () =>
      startBulkJob({
        workspaceId,
        userId,
        request: { requestKey: `limit-key-${n++}`, action: { type: "read" }, selection: { ids: chatIds } },
      }),
    ),
  );
  const refused = results.filter((r) => r.status === "rejected");
  for (const r of refused)
    expect(r.reason instanceof AppError && r.reason.code === "rate_limited", String(r.reason)).toBe(true);
  return { started: results.length - refused.length, refused: refused.length };
}

describe("the limit of running bulk jobs per workspace", () => {
  it("holds when several starts arrive at once", async () => {
    const c = await createWorkspaceFixture({ name: "Race", chats: 2 });
    expect(
      await startAtOnce({ workspaceId: c.workspace.id, userId: c.operator.id, chatIds: c.chatIds, count: 6 }),
    ).toEqual({ started: BULK_MAX_RUNNING, refused: 6 - BULK_MAX_RUNNING });
    expect(await db.prisma.bulkJob.count({ where: { workspaceId: c.workspace.id, status: "RUNNING" } })).toBe(
      BULK_MAX_RUNNING,
    );
  });

  it("counts the jobs already running, and one workspace's starts never block another's", async () => {
    const c = await createWorkspaceFixture({ name: "Half busy", chats: 1 });
    const d = await createWorkspaceFixture({ name: "Idle", chats: 1 });
    await db.prisma.bulkJob.create({
      data: {
        workspaceId: c.workspace.id,
        requestKey: `limit-key-${n++}`,
        action: { type: "read" },
        chatIds: c.chatIds,
        total: 1,
      },
    });
    const [busy, idle] = await Promise.all([
      startAtOnce({ workspaceId: c.workspace.id, userId: c.operator.id, chatIds: c.chatIds, count: 4 }),
      startAtOnce({ workspaceId: d.workspace.id, userId: d.operator.id, chatIds: d.chatIds, count: 4 }),
    ]);
    expect(busy).toEqual({ started: BULK_MAX_RUNNING - 1, refused: 4 - (BULK_MAX_RUNNING - 1) });
    expect(idle).toEqual({ started: BULK_MAX_RUNNING, refused: 4 - BULK_MAX_RUNNING });
  });
});
