import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { sweepTeamQueues } from "@/lib/assignment/sweep-team-queues";

// The minute sweep serves every workspace: one whose assignment pass fails (here made to fail, as a
// lock timeout or a bad row would) is tried again next minute, and the workspaces after it are served.

const failFor = vi.hoisted(() => ({ workspaceId: "" }));
vi.mock("@/lib/assignment/assign-waiting-chats", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/assignment/assign-waiting-chats")>();
  return {
    ...original,
    assignWaitingChats: async (args: Parameters<typeof original.assignWaitingChats>[0]) => {
      if (args.workspaceId === failFor.workspaceId) throw new Error("canceling statement due to lock timeout");
      return original.assignWaitingChats(args);
    },
  };
});

let db: TestDatabase;
let broken: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let healthy: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  broken = await createWorkspaceFixture({ name: "Broken", chats: 1 });
  healthy = await createWorkspaceFixture({ name: "Healthy", chats: 2 });
  for (const w of [broken, healthy]) {
    await db.prisma.workspace.update({ where: { id: w.workspace.id }, data: { autoAssign: true } });
    await db.prisma.membership.updateMany({
      where: { workspaceId: w.workspace.id, userId: w.operator.id },
      data: { online: true, maxOpenChats: 10 },
    });
    await db.prisma.chat.updateMany({
      where: { workspaceId: w.workspace.id },
      data: { awaitingReplySince: new Date(Date.now() - 60_000) },
    });
  }
  failFor.workspaceId = broken.workspace.id;
});
afterAll(() => db.cleanup());

describe("sweepTeamQueues", () => {
  it("assigns in every other workspace when one workspace's pass fails, and resumes the bulk jobs", async () => {
    const stale = await db.prisma.bulkJob.create({
      data: {
        workspaceId: healthy.workspace.id,
        requestKey: "sweep-resume",
        action: { type: "read" },
        chatIds: healthy.chatIds,
        total: 2,
        createdAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    const result = await sweepTeamQueues();
    expect(result).toMatchObject({ assigned: 2, failed: 1, resumed: 1 });
    expect(
      await db.prisma.chat.count({ where: { workspaceId: healthy.workspace.id, assigneeId: healthy.operator.id } }),
    ).toBe(2);
    expect((await db.prisma.bulkJob.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe("DONE");
  });
});
