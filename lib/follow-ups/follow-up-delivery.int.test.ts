import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { subscriberById, withDomainEvents } from "@/lib/events/bus";
import { sweepEventDeliveries } from "@/lib/events/sweep-event-deliveries";
import { updateFollowUpRules } from "@/lib/follow-ups/update-follow-up-rules";

// The rules' follow-ups on resolve are durable work: a chat that fails is retried on its own, never
// the whole batch it was resolved with, and running the same delivery again schedules nothing twice.

const fault = vi.hoisted(() => ({ badChatIds: new Set<string>(), calls: [] as string[] }));
vi.mock("@/lib/follow-ups/schedule-rule-follow-ups", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/follow-ups/schedule-rule-follow-ups")>();
  return {
    ...real,
    scheduleRuleFollowUps: async (args: Parameters<typeof real.scheduleRuleFollowUps>[0]) => {
      fault.calls.push(args.chatId);
      if (fault.badChatIds.has(args.chatId)) throw new Error("order lookup failed");
      return real.scheduleRuleFollowUps(args);
    },
  };
});

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.cleanup();
});

async function resolvedWithRules(chats: number) {
  const f = await createWorkspaceFixture({ name: `Rules ${chats}`, chats });
  await updateFollowUpRules({
    workspaceId: f.workspace.id,
    update: { rules: [{ kind: "RESOLVED", enabled: true, delayDays: 3, template: null }] },
  });
  return f;
}
const resolve = (workspaceId: string, chatIds: string[]) =>
  withDomainEvents(async (tx, publish) => {
    await tx.chat.updateMany({ where: { id: { in: chatIds } }, data: { status: "RESOLVED" } });
    await publish({ name: "inbox/chats.resolved", data: { workspaceId, chatIds, userId: null, at: new Date() } });
  });
const followUps = (chatIds: string[]) =>
  db.prisma.scheduledMessage.count({ where: { chatId: { in: chatIds }, source: "RULE" } });
const callsOf = (chatId: string) => fault.calls.filter((c) => c === chatId).length;

describe("follow-ups scheduled on resolve, delivered durably", () => {
  it("retries only the chat that failed, not the batch resolved with it", async () => {
    const f = await resolvedWithRules(3);
    const [good1, bad, good2] = f.chatIds as [string, string, string];
    fault.badChatIds = new Set([bad]);
    await resolve(f.workspace.id, f.chatIds);
    // Delivered after the response: wait until the failure is recorded.
    await vi.waitFor(
      async () =>
        expect(
          (await db.prisma.eventDelivery.findMany({ where: { subscriber: "follow-ups.schedule-rules", attempts: 1 } }))
            .length,
        ).toBe(1),
      { timeout: 15_000 },
    );
    const [row] = await db.prisma.eventDelivery.findMany({ where: { subscriber: "follow-ups.schedule-rules" } });
    expect(row?.payload).toMatchObject({ workspaceId: f.workspace.id, chatIds: [bad] });
    expect(await followUps([good1, good2])).toBe(2);

    fault.badChatIds = new Set();
    expect(await sweepEventDeliveries({ now: new Date(Date.now() + 3_600_000) })).toEqual({ claimed: 1, delivered: 1 });
    expect(await followUps(f.chatIds)).toBe(3);
    expect([callsOf(good1), callsOf(bad), callsOf(good2)]).toEqual([1, 2, 1]);
    expect(await db.prisma.eventDelivery.count({ where: { subscriber: "follow-ups.schedule-rules" } })).toBe(0);
  });

  it("schedules one follow-up per chat when the same delivery runs twice at once (a lease taken over)", async () => {
    const f = await resolvedWithRules(2);
    await db.prisma.chat.updateMany({ where: { id: { in: f.chatIds } }, data: { status: "RESOLVED" } });
    const subscriber = subscriberById("follow-ups.schedule-rules")!;
    const payload = { workspaceId: f.workspace.id, chatIds: f.chatIds, userId: null, at: new Date() };
    await Promise.all([subscriber.handle(payload as never), subscriber.handle(payload as never)]);
    await subscriber.handle(payload as never);
    expect(await followUps(f.chatIds)).toBe(2);
  });

  it("stores a delivery per chunk of a large batch", async () => {
    const f = await createWorkspaceFixture({ name: "Chunks", chats: 1 });
    const ids = Array.from({ length: 120 }, (_, i) => `${f.chatIds[0]}-${i}`);
    const before = await db.prisma.eventDelivery.count();
    // Rolled back after the publish: the rows the transaction stored are counted inside it.
    const stored = await withDomainEvents(async (tx, publish) => {
      await publish({
        name: "inbox/chats.resolved",
        data: { workspaceId: f.workspace.id, chatIds: ids, userId: null, at: new Date() },
      });
      const rows = await tx.eventDelivery.findMany({
        where: { subscriber: "follow-ups.schedule-rules" },
        select: { payload: true },
      });
      throw Object.assign(new Error("rollback"), { rows });
    }).catch((e: { rows: { payload: { chatIds: string[] } }[] }) => e.rows);
    expect(stored.map((r) => r.payload.chatIds.length)).toEqual([50, 50, 20]);
    expect(await db.prisma.eventDelivery.count()).toBe(before);
  });
});
