import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { runIngestJob } from "@/lib/ingest/ingest-jobs";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
let sim: Simulator;
let workspaceId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  workspaceId = (await createWorkspaceFixture({ name: "Poll", chats: 0 })).workspace.id;
});
afterAll(async () => {
  await sim.close();
  await db.cleanup();
});
beforeEach(() => sim.control.clearFaults());

describe("Wildberries polling", () => {
  it("pages events from the stored cursor, stores each message once and saves the cursor with them", async () => {
    const account = await createSimAccount({ workspaceId, sim, marketplace: "wildberries" });
    const a = await sim.control.injectBuyerMessage({
      marketplace: "wildberries",
      text: "Здравствуйте, когда отправите заказ?",
    });
    await sim.control.injectBuyerMessage({ marketplace: "wildberries", chatId: a.chatId, text: "Ответьте пожалуйста" });
    await sim.control.injectBuyerMessage({ marketplace: "wildberries", text: "Пришёл брак, шов разошёлся" });

    const first = await syncAccount({ accountId: account.id });
    expect(first.status).toBe("synced");
    const chats = await db.prisma.chat.findMany({ where: { accountId: account.id }, include: { messages: true } });
    expect(chats).toHaveLength(2);
    const two = chats.find((c) => c.externalId === a.chatId)!;
    expect(two.messages.map((m) => m.text).sort()).toEqual(
      ["Здравствуйте, когда отправите заказ?", "Ответьте пожалуйста"].sort(),
    );
    // Wildberries reports no unread counts: computed here, with the SLA from the classifier.
    expect(two.unreadCount).toBe(2);
    expect(two.isNewChat).toBe(true);
    expect(two.replyToken).toBeTruthy();
    const defect = chats.find((c) => c.externalId !== a.chatId)!;
    expect(defect.priority).toBe("urgent");
    expect(defect.slaDueAt!.getTime() - defect.awaitingReplySince!.getTime()).toBe(60 * 60_000);
    const cursor = (await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: account.id } })).syncCursor;
    expect(cursor).toBeTruthy();

    // Nothing new: nothing stored twice.
    await syncAccount({ accountId: account.id });
    expect(await db.prisma.message.count({ where: { chat: { accountId: account.id } } })).toBe(3);
    // One more message: picked up from the cursor.
    await sim.control.injectBuyerMessage({ marketplace: "wildberries", chatId: a.chatId, text: "Ещё вопрос" });
    const third = await syncAccount({ accountId: account.id });
    expect(third).toMatchObject({ status: "synced", newMessages: 1 });
    expect(await db.prisma.message.count({ where: { chat: { accountId: account.id } } })).toBe(4);
    const synced = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(synced.lastSyncAt).not.toBeNull();
    expect(synced.consecutiveFailures).toBe(0);
  });

  it("a failing account backs off and records the error; the others keep syncing", async () => {
    const broken = await createSimAccount({
      workspaceId,
      sim,
      marketplace: "wildberries",
      credentials: { token: "revoked-token-000000000" },
    });
    const healthy = await createSimAccount({ workspaceId, sim, marketplace: "wildberries" });
    const results = await runIngestJob({ job: "pollWildberries" });
    expect(results.map((r) => r.accountId)).toEqual(expect.arrayContaining([broken.id, healthy.id]));
    const b = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: broken.id } });
    expect(b.status).toBe("NEEDS_REAUTH");
    expect(b.lastError).toBeTruthy();
    expect(b.consecutiveFailures).toBe(1);
    expect(b.nextSyncAt!.getTime()).toBeGreaterThan(Date.now());
    const h = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: healthy.id } });
    expect(h.status).toBe("ACTIVE");
    expect(h.lastSyncAt).not.toBeNull();
    // The next run skips the account that needs re-authorisation.
    expect(await syncAccount({ accountId: broken.id })).toMatchObject({ status: "skipped" });
  });

  it("a server error backs off with a growing delay and recovers", async () => {
    const account = await createSimAccount({ workspaceId, sim, marketplace: "wildberries" });
    sim.control.addFault({ prefix: "/wb-chat", path: "events", kind: "status", status: 500, times: 20 });
    const failed = await syncAccount({ accountId: account.id });
    expect(failed.status).toBe("failed");
    const after = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.status).toBe("ERROR");
    expect(await syncAccount({ accountId: account.id })).toMatchObject({ status: "skipped", reason: "backing off" });
    sim.control.clearFaults();
    const later = new Date(after.nextSyncAt!.getTime() + 1);
    expect(await syncAccount({ accountId: account.id, now: later })).toMatchObject({ status: "synced" });
    const recovered = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(recovered).toMatchObject({ status: "ACTIVE", consecutiveFailures: 0, lastError: null });
  }, 60_000);
});

describe("questions and reviews", () => {
  it("turns unanswered Wildberries questions and feedbacks into question/review conversations, once", async () => {
    const account = await createSimAccount({ workspaceId, sim, marketplace: "wildberries" });
    const result = await syncReviews({ accountId: account.id });
    expect(result.status).toBe("synced");
    const kinds = await db.prisma.chat.groupBy({ by: ["kind"], where: { accountId: account.id }, _count: true });
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k._count]));
    expect(byKind.REVIEW ?? 0).toBeGreaterThan(0);
    expect(byKind.QUESTION ?? 0).toBeGreaterThan(0);
    const question = await db.prisma.chat.findFirstOrThrow({ where: { accountId: account.id, kind: "QUESTION" } });
    // Questions get the 1-hour SLA.
    expect(question.slaDueAt!.getTime() - question.awaitingReplySince!.getTime()).toBe(60 * 60_000);
    const review = await db.prisma.chat.findFirstOrThrow({ where: { accountId: account.id, kind: "REVIEW" } });
    expect(review.rating).toBeGreaterThanOrEqual(1);
    const count = await db.prisma.message.count({ where: { chat: { accountId: account.id } } });
    await syncReviews({ accountId: account.id });
    expect(await db.prisma.message.count({ where: { chat: { accountId: account.id } } })).toBe(count);
  });
});
