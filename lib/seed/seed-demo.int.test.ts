import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { DEMO_LOGIN } from "@/lib/auth/demo-logins";
import { seedDemo } from "@/lib/seed/seed-demo";
import { decryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());

describe("seedDemo", () => {
  it("creates the demo workspace with all five marketplaces, ~200 chats and ~2,000 messages", async () => {
    const now = new Date("2026-11-21T12:00:00Z");
    const result = await seedDemo({ now });
    expect(result.created).toBe(true);
    expect(result.chats).toBeGreaterThanOrEqual(190);
    expect(result.chats).toBeLessThanOrEqual(230);
    expect(result.messages).toBeGreaterThanOrEqual(1800);
    const accounts = await db.prisma.marketplaceAccount.findMany({ where: { workspaceId: result.workspaceId } });
    expect(new Set(accounts.map((a) => a.marketplace))).toEqual(
      new Set(["wildberries", "ozon", "yandex_market", "avito", "amazon"]),
    );
    // Credentials are stored encrypted and decrypt with the workspace key.
    const wb = accounts.find((a) => a.marketplace === "wildberries")!;
    expect(wb.credentialsEnc).not.toContain("sim-wb-token");
    expect(JSON.parse(decryptSecret({ ciphertext: wb.credentialsEnc, key: env().APP_ENCRYPTION_KEY }))).toEqual({
      token: "sim-wb-token-0123456789",
    });
    const user = await db.prisma.user.findUnique({ where: { email: DEMO_LOGIN.email } });
    expect(user?.passwordHash).toBeTruthy();
    expect(await db.prisma.chat.count({ where: { awaitingReplySince: { not: null } } })).toBeGreaterThan(20);
    expect(await db.prisma.chat.count({ where: { kind: "REVIEW" } })).toBeGreaterThan(0);
    expect(await db.prisma.message.count({ where: { author: "MARKETPLACE" } })).toBeGreaterThan(0);
    // Follow-ups to look at: waiting ones in resolved chats, and one the buyer's message cancelled.
    const scheduled = await db.prisma.scheduledMessage.findMany({ include: { chat: { select: { status: true } } } });
    expect(
      scheduled.filter((s) => s.status === "SCHEDULED" && s.chat.status === "RESOLVED" && s.sendAt > now),
    ).toHaveLength(2);
    expect(scheduled.filter((s) => s.status === "CANCELLED" && s.cancelReason === "buyer_replied")).toHaveLength(1);
    // Labels with colours on some chats (each on the chats its words describe), and three snoozed chats
    // that were not waiting for a reply.
    const labels = await db.prisma.label.findMany({
      where: { workspaceId: result.workspaceId },
      orderBy: { name: "asc" },
      include: { chats: { include: { chat: { select: { buyerId: true } } } } },
    });
    expect(labels.map((l) => [l.name, l.color])).toEqual([
      ["Брак", "red"],
      ["Доставка", "blue"],
      ["Постоянный покупатель", "violet"],
    ]);
    for (const l of labels) expect(l.chats.length).toBeGreaterThanOrEqual(2);
    const defect = await db.prisma.message.count({
      where: {
        author: "BUYER",
        text: { contains: "брак", mode: "insensitive" },
        chat: { labels: { some: { labelId: labels[0]!.id } } },
      },
    });
    expect(defect).toBeGreaterThanOrEqual(labels[0]!.chats.length);
    expect(labels[2]!.chats.every((c) => c.chat.buyerId)).toBe(true);
    const snoozed = await db.prisma.chat.findMany({
      where: { workspaceId: result.workspaceId, snoozedUntil: { gt: now } },
      orderBy: { snoozedUntil: "asc" },
    });
    expect(snoozed.map((c) => (c.snoozedUntil!.getTime() - now.getTime()) / 3_600_000)).toEqual([3, 24, 72]);
    expect(snoozed.every((c) => c.status === "OPEN" && c.awaitingReplySince === null)).toBe(true);
  });

  it("is idempotent and deterministic", async () => {
    const again = await seedDemo();
    expect(again.created).toBe(false);
    const first = await db.prisma.message.findMany({
      orderBy: { id: "asc" },
      take: 20,
      select: { id: true, text: true },
    });
    const { buildDemoChats } = await import("@/lib/seed/build-demo-chats");
    const { DEMO_SEED } = await import("@/lib/seed/demo-world");
    const rebuilt = buildDemoChats({ seed: DEMO_SEED, now: new Date(), userIds: ["a", "b"] })
      .flatMap((c) => c.messages)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, 20)
      .map((m) => ({ id: m.id, text: m.text }));
    expect(rebuilt).toEqual(first);
  });
});
