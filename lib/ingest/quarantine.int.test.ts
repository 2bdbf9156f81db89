import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as quarantineRoute from "@/app/api/accounts/[id]/quarantine/route";
import { quarantineRecords } from "@/lib/ingest/quarantine-records";
import { callRoute } from "@/lib/test/call-route";

import { encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";
import { startStubServer, type StubReply, type StubRequest, type StubServer } from "@/lib/marketplaces/test-support";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// A poll whose page carries one record our code cannot use stores the others, keeps the odd one aside
// (raw, with the reason, counted once however often it is re-read) and moves the cursor on. Bodies are
// written from the Wildberries spec, served by a local stub.

let db: TestDatabase;
let stub: StubServer;
let workspaceId: string;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let handle: (req: StubRequest) => StubReply | null = () => null;

beforeAll(async () => {
  db = await createTestDatabase();
  stub = await startStubServer((req) => handle(req));
  fx = await createWorkspaceFixture({ name: "Quarantine", chats: 0 });
  workspaceId = fx.workspace.id;
});
afterAll(async () => {
  await stub.close();
  await db.cleanup();
});

function createWbAccount() {
  return db.prisma.marketplaceAccount.create({
    data: {
      workspaceId,
      marketplace: "wildberries",
      name: "WB stub",
      credentialsEnc: encryptSecret({
        plaintext: JSON.stringify({ token: "wb-token-0123456789" }),
        key: env().APP_ENCRYPTION_KEY,
      }),
      baseUrls: { chat: stub.url, feedbacks: stub.url },
    },
  });
}

const event = (id: string, text: string, at: number) => ({
  chatID: "1:chat-a",
  eventID: id,
  eventType: "message",
  message: { text },
  addTimestamp: at,
  sender: "client",
  clientName: "Алёна",
});

describe("polling with one unusable record", () => {
  it("stores the good events, quarantines the bad one and advances the cursor; a re-read only counts it", async () => {
    const account = await createWbAccount();
    const bad = { chatID: "1:chat-a", eventType: "message", message: { text: "без id" }, addTimestamp: 1700000001000 };
    let served = 0;
    handle = (req) => {
      if (req.path === "/api/v1/seller/chats")
        return { body: { result: [{ chatID: "1:chat-a", replySign: "sign-a" }] } };
      if (req.path !== "/api/v1/seller/events") return null;
      served += 1;
      if (!req.query.get("next")) {
        return {
          body: {
            result: {
              next: 1700000002000,
              totalEvents: 3,
              events: [event("e1", "Здравствуйте", 1700000000000), bad, event("e2", "Где заказ?", 1700000002000)],
            },
          },
        };
      }
      return { body: { result: { next: Number(req.query.get("next")), totalEvents: 0, events: [] } } };
    };

    const outcome = await syncAccount({ accountId: account.id });
    expect(outcome).toMatchObject({ status: "synced", newMessages: 2 });
    const messages = await db.prisma.message.findMany({
      where: { chat: { accountId: account.id } },
      orderBy: { createdAt: "asc" },
    });
    expect(messages.map((m) => m.text)).toEqual(["Здравствуйте", "Где заказ?"]);
    const stored = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.syncCursor).toBe("1700000002000");
    expect(stored.lastError).toBeNull();

    const kept = await db.prisma.quarantinedRecord.findMany({ where: { accountId: account.id } });
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ workspaceId, marketplace: "wildberries", kind: "wildberries.event", seenCount: 1 });
    expect(kept[0]!.reason).toContain("eventID");
    expect(JSON.parse(kept[0]!.raw)).toEqual(bad);

    // The same page again (a retried poll from an older cursor): nothing new stored, the record counted once more.
    await db.prisma.marketplaceAccount.update({ where: { id: account.id }, data: { syncCursor: null } });
    await syncAccount({ accountId: account.id });
    expect(await db.prisma.message.count({ where: { chat: { accountId: account.id } } })).toBe(2);
    const again = await db.prisma.quarantinedRecord.findMany({ where: { accountId: account.id } });
    expect(again).toHaveLength(1);
    expect(again[0]!.seenCount).toBe(2);
    expect(served).toBeGreaterThanOrEqual(3);
  });

  it("first review import reads the archive too; a review that cannot be read is kept aside and the rest stored", async () => {
    const account = await createWbAccount();
    const review = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      text: "Не подошёл размер",
      productValuation: 2,
      createdDate: "2024-09-26T10:20:48+03:00",
      answer: null,
      productDetails: { nmId: 5, productName: "Куртка" },
      ...extra,
    });
    const envelope = (data: unknown) => ({ body: { data, error: false, errorText: "", additionalErrors: null } });
    handle = (req) => {
      if (req.path === "/api/v1/feedbacks")
        return envelope({
          countUnanswered: 2,
          feedbacks: [review("new-1"), review("new-bad", { createdDate: "вчера" })],
        });
      if (req.path === "/api/v1/questions") return envelope({ countUnanswered: 0, questions: [] });
      if (req.path === "/api/v1/feedbacks/archive")
        return envelope({ feedbacks: [review("old-1"), review("old-answered", { answer: { text: "Спасибо" } })] });
      return null;
    };
    const result = await syncReviews({ accountId: account.id });
    expect(result.status).toBe("synced");
    const chats = await db.prisma.chat.findMany({
      where: { accountId: account.id, kind: "REVIEW" },
      select: { externalId: true },
    });
    expect(chats.map((c) => c.externalId).sort()).toEqual(["new-1", "old-1"]);
    const kept = await db.prisma.quarantinedRecord.findMany({ where: { accountId: account.id } });
    expect(kept.map((k) => [k.kind, JSON.parse(k.raw).id])).toEqual([["wildberries.feedback", "new-bad"]]);

    // Later syncs do not walk the archive again.
    const archiveReads = () => stub.requests.filter((r) => r.path === "/api/v1/feedbacks/archive").length;
    const before = archiveReads();
    await syncReviews({ accountId: account.id });
    expect(archiveReads()).toBe(before);
  });
});

describe("quarantineRecords", () => {
  it("keeps one row per distinct record and at most the account's limit, the most recently seen", async () => {
    const account = await createWbAccount();
    const record = (i: number) => ({
      kind: "wildberries.event",
      reason: "eventID: missing",
      raw: { chatID: `1:${i}` },
    });
    await quarantineRecords({
      account,
      records: [record(1), record(1), record(2)],
      maxPerAccount: 2,
      now: new Date("2026-01-01T10:00:00Z"),
    });
    expect(await db.prisma.quarantinedRecord.count({ where: { accountId: account.id } })).toBe(2);
    await quarantineRecords({ account, records: [record(3)], maxPerAccount: 2, now: new Date("2026-01-01T11:00:00Z") });
    const rows = await db.prisma.quarantinedRecord.findMany({
      where: { accountId: account.id },
      orderBy: { lastSeenAt: "desc" },
    });
    expect(rows).toHaveLength(2);
    expect(JSON.parse(rows[0]!.raw)).toEqual({ chatID: "1:3" });
  });
});

describe("GET /api/accounts/[id]/quarantine", () => {
  it("shows an account's kept-aside records to its owners only; another workspace's account is not found", async () => {
    const account = await createWbAccount();
    const huge = { eventID: "x".repeat(20_000) };
    await quarantineRecords({
      account,
      records: [{ kind: "wildberries.event", reason: "chatID: missing", raw: huge }],
    });

    const owner = await callRoute(quarantineRoute.GET, { params: { id: account.id }, userId: fx.owner.id });
    expect(owner.status).toBe(200);
    expect(owner.json.total).toBe(1);
    expect(owner.json.records[0]).toMatchObject({ kind: "wildberries.event", reason: "chatID: missing", seenCount: 1 });
    expect(owner.json.records[0].raw.length).toBeLessThanOrEqual(8_001); // stored cut to a bounded size

    const operator = await callRoute(quarantineRoute.GET, { params: { id: account.id }, userId: fx.operator.id });
    expect(operator.status).toBe(403);

    const other = await createWorkspaceFixture({ name: "Other", chats: 0 });
    const foreign = await callRoute(quarantineRoute.GET, { params: { id: account.id }, userId: other.owner.id });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.json)).not.toContain("chatID");
  });
});
