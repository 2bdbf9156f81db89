import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { execute, qb, rows } from "@/lib/typed-sql";

// Typed statements run on Prisma's connection: inside a $transaction they are part of it.

let db: TestDatabase;
let ws: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  ws = await createWorkspaceFixture({ name: "Typed SQL", chats: 2 });
});
afterAll(async () => {
  await db.cleanup();
});

describe("typed SQL", () => {
  it("returns the rows as the schema types them", async () => {
    const chats = await rows(
      qb
        .selectFrom("Chat")
        .select(["id", "lastMessageAt", "unreadCount"])
        .where("workspaceId", "=", ws.workspace.id)
        .orderBy("id"),
    );
    expect(chats.map((c) => c.id)).toEqual([...ws.chatIds].sort());
    for (const c of chats) {
      expect(c.lastMessageAt).toBeInstanceOf(Date);
      expect(typeof c.unreadCount).toBe("number");
    }
  });

  it("runs in the transaction it is given: a rollback undoes the statement", async () => {
    const chatId = ws.chatIds[0]!;
    const resolve = qb.updateTable("Chat").set({ status: "RESOLVED" }).where("id", "=", chatId);
    await expect(
      db.prisma.$transaction(async (tx) => {
        expect(await execute(resolve, tx)).toBe(1);
        expect(await rows(qb.selectFrom("Chat").select("status").where("id", "=", chatId), tx)).toEqual([
          { status: "RESOLVED" },
        ]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await rows(qb.selectFrom("Chat").select("status").where("id", "=", chatId))).toEqual([{ status: "OPEN" }]);
  });
});
