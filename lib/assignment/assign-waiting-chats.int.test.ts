import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { callRoute } from "@/lib/test/call-route";
import { assignWaitingChats } from "@/lib/assignment/assign-waiting-chats";
import { updateMemberAssignment } from "@/lib/assignment/update-assignment";
import * as memberRoute from "@/app/api/assignment/members/[id]/route";
import * as settingsRoute from "@/app/api/assignment/route";

// Fair assignment: round-robin among online members under their cap, a FIFO queue when all are full,
// marketplace/kind limits, release on going offline, and no cap jumped or chat assigned twice when
// many assigners run at once (on PostgreSQL too: npm run test:int:pg).

let db: TestDatabase;
let ws: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let second: { id: string };

const T0 = Date.parse("2026-03-02T09:00:00Z");

async function freshQueue(n: number) {
  await db.prisma.chat.deleteMany({ where: { workspaceId: ws.workspace.id } });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const chat = await db.prisma.chat.create({
      data: {
        workspaceId: ws.workspace.id,
        accountId: ws.account.id,
        marketplace: "wildberries",
        externalId: `q-${Date.now()}-${i}`,
        // Waiting since T0 + i minutes: chat 0 is the oldest, first in the queue.
        awaitingReplySince: new Date(T0 + i * 60_000),
        lastMessageAt: new Date(T0 + i * 60_000),
      },
    });
    ids.push(chat.id);
  }
  return ids;
}

const assigneeOf = async (ids: string[]) =>
  (await db.prisma.chat.findMany({ where: { id: { in: ids } }, select: { id: true, assigneeId: true } })).reduce<
    Record<string, string | null>
  >((m, c) => ({ ...m, [c.id]: c.assigneeId }), {});
const openLoad = (userId: string) =>
  db.prisma.chat.count({ where: { workspaceId: ws.workspace.id, assigneeId: userId, status: "OPEN" } });

beforeAll(async () => {
  db = await createTestDatabase();
  ws = await createWorkspaceFixture({ name: "Assign", chats: 0 });
  second = await db.prisma.user.create({
    data: { email: `second-${Date.now()}@example.com`, name: "Second operator" },
  });
  await db.prisma.membership.create({ data: { workspaceId: ws.workspace.id, userId: second.id, role: "OPERATOR" } });
  await db.prisma.workspace.update({ where: { id: ws.workspace.id }, data: { autoAssign: true } });
});
afterAll(async () => {
  await db.cleanup();
});
beforeEach(async () => {
  await db.prisma.membership.updateMany({
    where: { workspaceId: ws.workspace.id },
    data: { online: false, maxOpenChats: 2, lastAssignedAt: null, marketplaces: [], kinds: [] },
  });
  await db.prisma.membership.updateMany({
    where: { workspaceId: ws.workspace.id, userId: { in: [ws.operator.id, second.id] } },
    data: { online: true },
  });
  await db.prisma.workspace.update({
    where: { id: ws.workspace.id },
    data: { autoAssign: true, reassignOnOffline: false },
  });
});

describe("assignWaitingChats", () => {
  it("deals the oldest waiting chats round-robin up to each cap; the rest wait and go first to whoever frees up", async () => {
    const ids = await freshQueue(5);
    const { assigned } = await assignWaitingChats({ workspaceId: ws.workspace.id, now: new Date(T0 + 3_600_000) });
    expect(assigned.map((a) => a.chatId)).toEqual(ids.slice(0, 4));
    // Alternating: nobody gets a second chat before everyone online had one.
    expect(assigned[0]!.userId).not.toBe(assigned[1]!.userId);
    expect(assigned[2]!.userId).toBe(assigned[0]!.userId);
    expect(assigned[3]!.userId).toBe(assigned[1]!.userId);
    expect((await assigneeOf([ids[4]!]))[ids[4]!]).toBeNull();
    expect(await openLoad(ws.operator.id)).toBe(2);
    expect(await openLoad(second.id)).toBe(2);

    // The owner is offline and gets nothing; resolving one of the second operator's chats frees a place.
    const freed = assigned.find((a) => a.userId === second.id)!.chatId;
    await db.prisma.chat.update({ where: { id: freed }, data: { status: "RESOLVED" } });
    const next = await assignWaitingChats({ workspaceId: ws.workspace.id });
    expect(next.assigned).toEqual([{ chatId: ids[4], userId: second.id }]);
  });

  it("does nothing while auto-assignment is off, or for snoozed and answered chats", async () => {
    const ids = await freshQueue(3);
    await db.prisma.workspace.update({ where: { id: ws.workspace.id }, data: { autoAssign: false } });
    expect((await assignWaitingChats({ workspaceId: ws.workspace.id })).assigned).toEqual([]);
    await db.prisma.workspace.update({ where: { id: ws.workspace.id }, data: { autoAssign: true } });
    await db.prisma.chat.update({ where: { id: ids[0]! }, data: { snoozedUntil: new Date(Date.now() + 3_600_000) } });
    await db.prisma.chat.update({ where: { id: ids[1]! }, data: { awaitingReplySince: null } });
    const { assigned } = await assignWaitingChats({ workspaceId: ws.workspace.id });
    expect(assigned.map((a) => a.chatId)).toEqual([ids[2]]);
  });

  it("gives a member limited to some marketplaces or kinds only those", async () => {
    const ids = await freshQueue(2);
    await db.prisma.chat.update({ where: { id: ids[1]! }, data: { kind: "QUESTION" } });
    await db.prisma.membership.updateMany({
      where: { workspaceId: ws.workspace.id, userId: ws.operator.id },
      data: { marketplaces: ["ozon"] },
    });
    await db.prisma.membership.updateMany({
      where: { workspaceId: ws.workspace.id, userId: second.id },
      data: { kinds: ["QUESTION"] },
    });
    const { assigned } = await assignWaitingChats({ workspaceId: ws.workspace.id });
    // The Wildberries chat fits nobody and stays queued; the question goes to the member for questions.
    expect(assigned).toEqual([{ chatId: ids[1], userId: second.id }]);
  });

  it("hands an operator's open chats to the others when they go offline, if the workspace asks for it", async () => {
    const ids = await freshQueue(2);
    await db.prisma.membership.updateMany({
      where: { workspaceId: ws.workspace.id, userId: second.id },
      data: { online: false },
    });
    await assignWaitingChats({ workspaceId: ws.workspace.id });
    expect(Object.values(await assigneeOf(ids))).toEqual([ws.operator.id, ws.operator.id]);
    await db.prisma.membership.updateMany({
      where: { workspaceId: ws.workspace.id, userId: second.id },
      data: { online: true },
    });

    // Without the option, going offline keeps the chats.
    await updateMemberAssignment({
      workspaceId: ws.workspace.id,
      actor: { userId: ws.operator.id, role: "OPERATOR" },
      userId: ws.operator.id,
      update: { online: false },
    });
    expect(Object.values(await assigneeOf(ids))).toEqual([ws.operator.id, ws.operator.id]);
    await db.prisma.membership.updateMany({
      where: { workspaceId: ws.workspace.id, userId: ws.operator.id },
      data: { online: true },
    });

    await db.prisma.workspace.update({ where: { id: ws.workspace.id }, data: { reassignOnOffline: true } });
    const { released } = await updateMemberAssignment({
      workspaceId: ws.workspace.id,
      actor: { userId: ws.operator.id, role: "OPERATOR" },
      userId: ws.operator.id,
      update: { online: false },
    });
    expect(released).toBe(2);
    expect(Object.values(await assigneeOf(ids))).toEqual([second.id, second.id]);
  });

  it("keeps every cap and assigns each chat once when many assigners run at the same moment", async () => {
    const ids = await freshQueue(30);
    await db.prisma.membership.updateMany({ where: { workspaceId: ws.workspace.id }, data: { maxOpenChats: 3 } });
    // One chat per pass: each assigner locks a different chat, so only the workspace lock keeps them
    // from counting the loads before the others commit.
    const runs = await Promise.all(
      Array.from({ length: 12 }, () => assignWaitingChats({ workspaceId: ws.workspace.id, batch: 1 })),
    );
    const all = runs.flatMap((r) => r.assigned);
    expect(new Set(all.map((a) => a.chatId)).size).toBe(all.length);
    expect(all).toHaveLength(6);
    expect(await openLoad(ws.operator.id)).toBe(3);
    expect(await openLoad(second.id)).toBe(3);
    // The six oldest, none of the rest.
    const byId = await assigneeOf(ids);
    expect(ids.filter((id) => byId[id])).toEqual(ids.slice(0, 6));
    // Twelve passes of a whole batch at once, none of which may take a seventh chat.
    const again = await Promise.all(
      Array.from({ length: 12 }, () => assignWaitingChats({ workspaceId: ws.workspace.id })),
    );
    expect(again.flatMap((r) => r.assigned)).toEqual([]);
  });
});

describe("assignment settings API", () => {
  it("lets a member switch only their own online flag; owners set caps, limits and the workspace switch", async () => {
    const own = await callRoute(memberRoute.PATCH, {
      method: "PATCH",
      params: { id: ws.operator.id },
      body: { online: false },
      userId: ws.operator.id,
    });
    expect(own.status).toBe(200);
    const cap = await callRoute(memberRoute.PATCH, {
      method: "PATCH",
      params: { id: ws.operator.id },
      body: { maxOpenChats: 50 },
      userId: ws.operator.id,
    });
    expect(cap.status).toBe(403);
    const other = await callRoute(memberRoute.PATCH, {
      method: "PATCH",
      params: { id: second.id },
      body: { online: false },
      userId: ws.operator.id,
    });
    expect(other.status).toBe(403);
    const byOwner = await callRoute(memberRoute.PATCH, {
      method: "PATCH",
      params: { id: second.id },
      body: { maxOpenChats: 7, marketplaces: ["ozon"] },
      userId: ws.owner.id,
    });
    expect(byOwner.status).toBe(200);
    const settings = byOwner.json as {
      members: { id: string; maxOpenChats: number; marketplaces: string[]; online: boolean }[];
    };
    expect(settings.members.find((m) => m.id === second.id)).toMatchObject({ maxOpenChats: 7, marketplaces: ["ozon"] });
    expect(settings.members.find((m) => m.id === ws.operator.id)?.online).toBe(false);
    const stranger = await createWorkspaceFixture({ name: "Other", chats: 0 });
    const foreign = await callRoute(memberRoute.PATCH, {
      method: "PATCH",
      params: { id: stranger.operator.id },
      body: { online: true },
      userId: ws.owner.id,
    });
    expect(foreign.status).toBe(404);
    expect(
      (await callRoute(settingsRoute.PATCH, { method: "PATCH", body: { autoAssign: false }, userId: ws.operator.id }))
        .status,
    ).toBe(403);
    const off = await callRoute(settingsRoute.PATCH, {
      method: "PATCH",
      body: { autoAssign: false },
      userId: ws.owner.id,
    });
    expect((off.json as { autoAssign: boolean }).autoAssign).toBe(false);
  });
});
