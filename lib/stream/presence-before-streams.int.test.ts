import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { openTestStream } from "@/lib/test/event-stream-client";
import { publishPresence } from "@/lib/stream/publish-presence";
import { stopStreamListener } from "@/lib/stream/stream-hub";

// Presence is never stored: a stream starts with what its instance heard. An operator who opens a
// chat on an instance where no stream is open yet (the first tab after a start, or a tab whose beat
// reaches the server before its own stream does) must still be heard, or the others see nobody
// there until the next beat, 40 s later.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Presence", chats: 1 });
});
afterAll(async () => {
  await stopStreamListener();
  await db.cleanup();
});

describe("presence before any stream", () => {
  it("is in the snapshot of the first stream opened after it", async () => {
    await stopStreamListener(); // as a fresh instance: nothing listens yet
    await publishPresence({
      workspaceId: a.workspace.id,
      userId: a.operator.id,
      name: "Оператор",
      chatId: a.chatIds[0]!,
      typing: false,
    });
    const owner = await openTestStream({ userId: a.owner.id });
    await owner.next(1, { events: ["ready"] });
    const presence = (await owner.settle()).filter((f) => f.event === "presence");
    expect(presence.map((f) => f.data)).toMatchObject([{ userId: a.operator.id, chatId: a.chatIds[0] }]);
    owner.close();
  });
});
