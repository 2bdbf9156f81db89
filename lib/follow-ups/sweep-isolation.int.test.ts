import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sweepScheduledMessages } from "@/lib/follow-ups/sweep-scheduled-messages";
import { failWhere } from "@/lib/test/fail-where";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Due scheduled messages of many workspaces are claimed together: a fault in one (its data, its rows)
// must not stop the others of the batch.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());
afterEach(() => vi.restoreAllMocks());

async function scheduled(name: string, sendAt: Date) {
  const fx = await createWorkspaceFixture({ name, chats: 1 });
  return db.prisma.scheduledMessage.create({
    data: { workspaceId: fx.workspace.id, chatId: fx.chatIds[0]!, text: "Как вам покупка?", sendAt },
  });
}

describe("sweepScheduledMessages", () => {
  it("goes on with the other workspaces' messages when one message fails", async () => {
    const now = new Date();
    const bad = await scheduled("Failing shop", new Date(now.getTime() - 120_000));
    const good = await scheduled("Healthy shop", new Date(now.getTime() - 60_000));
    failWhere(db.prisma.scheduledMessage, "findUnique", (args) => args.where?.id === bad.id);
    const result = await sweepScheduledMessages({ now });
    expect(result.outcomes).toMatchObject({ error: 1 });
    expect((await db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id: good.id } })).status).not.toBe("SENDING");
    expect((await db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id: bad.id } })).status).toBe("SENDING");
  });
});
