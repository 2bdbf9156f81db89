import crypto from "node:crypto";
import Bottleneck from "bottleneck";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { draftOffline } from "@/lib/ai/offline-drafter";
import { buildDraftContext } from "@/lib/inbox/build-draft-context";
import { sendReply } from "@/lib/inbox/send-reply";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { buildDemoWorld } from "@/lib/seed/demo-world";
import { seedDemo } from "@/lib/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The demo seeded into a fresh database and the simulator's demo world built from the same source: every
// kind of seeded conversation of every marketplace can be answered, and the answer arrives in the simulator.

// A first import paces itself by each marketplace's documented limits (a minute for the whole demo); this test
// is about what is imported, so its requests go unpaced.
vi.mock("@/lib/marketplaces/http/rate-limit", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/marketplaces/http/rate-limit")>()),
  getLimiter: () => new Bottleneck(),
}));

let db: TestDatabase;
let sim: Simulator;
let workspaceId: string;
let ownerId: string;
const now = new Date();
const saved = process.env.SIMULATOR_URL;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator({ demo: buildDemoWorld({ now }) });
  sim.state.wbChat.pageSize = 1000; // the events feed in one page: fewer round trips, the same events
  process.env.SIMULATOR_URL = sim.url;
  resetEnvForTests();
  workspaceId = (await seedDemo({ now })).workspaceId;
  ownerId = (await db.prisma.membership.findFirstOrThrow({ where: { workspaceId, role: "OWNER" } })).userId;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.SIMULATOR_URL;
  else process.env.SIMULATOR_URL = saved;
  resetEnvForTests();
  await sim?.close();
  await db?.cleanup();
});

describe("the demo world", () => {
  it("is what the marketplaces hold: syncing every demo account adds no conversation and no message", async () => {
    const seeded = await db.prisma.chat.findMany({ where: { workspaceId }, select: { id: true } });
    const ids = seeded.map((c) => c.id);
    const before = await db.prisma.message.count({ where: { chatId: { in: ids } } });
    const accounts = await db.prisma.marketplaceAccount.findMany({ where: { workspaceId } });
    for (const account of accounts) {
      await syncAccount({ accountId: account.id });
      await syncReviews({ accountId: account.id, force: true });
      const after = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: account.id } });
      expect({ marketplace: account.marketplace, lastError: after.lastError }).toEqual({
        marketplace: account.marketplace,
        lastError: null,
      });
    }
    expect(await db.prisma.message.count({ where: { chatId: { in: ids } } })).toBe(before);
    expect(await db.prisma.chat.count({ where: { workspaceId } })).toBe(ids.length);
  });

  it("answers one open conversation of every marketplace and kind, negative-review ones included, and the simulator receives each answer", async () => {
    const chats = await db.prisma.chat.findMany({
      where: { workspaceId, status: "OPEN" },
      select: { id: true, marketplace: true, kind: true, externalId: true, linkedReviews: { select: { id: true } } },
      orderBy: { id: "asc" },
    });
    const samples = new Map<string, (typeof chats)[number]>();
    for (const chat of chats)
      samples.set(`${chat.marketplace}/${chat.kind}/${chat.linkedReviews.length ? "case" : "plain"}`, chat);
    expect([...samples.keys()].sort()).toEqual([
      "amazon/CHAT/plain",
      "avito/CHAT/plain",
      "ozon/CHAT/plain",
      "wildberries/CHAT/case",
      "wildberries/CHAT/plain",
      "wildberries/QUESTION/plain",
      "wildberries/REVIEW/plain",
      "yandex_market/CHAT/plain",
      "yandex_market/REVIEW/case",
      "yandex_market/REVIEW/plain",
    ]);
    for (const [key, chat] of samples) {
      const text =
        chat.marketplace === "amazon"
          ? `Thank you for your order! We are checking it now (${key}).`
          : `Здравствуйте! Спасибо, что написали, уже разбираемся (${key}).`;
      const { message } = await sendReply({
        workspaceId,
        userId: ownerId,
        chatId: chat.id,
        text,
        clientRequestId: crypto.randomUUID(),
      });
      expect({ key, status: message.status, error: message.error }).toEqual({ key, status: "SENT", error: null });
      const sent = sim.control.sentMessages({ marketplace: chat.marketplace }).filter((s) => s.text === text);
      expect({ key, chatIds: sent.map((s) => s.chatId) }).toEqual({ key, chatIds: [chat.externalId] });
    }
  });

  it("drafts replies that quote no internal code, status or hash: only order numbers a buyer knows", async () => {
    const awaiting = await db.prisma.chat.findMany({
      where: { workspaceId, awaitingReplySince: { not: null } },
      select: { id: true, orderId: true },
    });
    const texts: string[] = [];
    for (const chat of awaiting) {
      const { context } = await buildDraftContext({ workspaceId, chatId: chat.id });
      texts.push(draftOffline({ context }).text);
    }
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter((t) => /[A-Z]{2,}_[A-Z_]+|OPENED|CLOSED|[0-9a-f]{32}|undefined|null|\{\w+\}/.test(t))).toEqual(
      [],
    );
    expect(texts.some((t) => /заказ № \d/.test(t))).toBe(true);
  });
});
