import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markChatAnswered } from "@/lib/inbox/deliver-reply";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// A sent reply becomes the chat's preview, cut to 140 characters: an emoji on the cut must not be
// halved, or the update that records the sent reply fails after the marketplace already has it.

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;
beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "Preview", chats: 1 });
});
afterAll(() => db.cleanup());

describe("markChatAnswered", () => {
  it("keeps a reply whose emoji straddles the preview's limit, cut before the emoji", async () => {
    const text = `${"о".repeat(139)}😀 спасибо за покупку`;
    await markChatAnswered({ chatId: fx.chatIds[0]!, at: new Date(), text });
    const chat = await db.prisma.chat.findUniqueOrThrow({
      where: { id: fx.chatIds[0]! },
      select: { lastMessagePreview: true, awaitingReplySince: true },
    });
    expect(chat.lastMessagePreview).toBe("о".repeat(139));
    expect(chat.awaitingReplySince).toBeNull();
  });
});
