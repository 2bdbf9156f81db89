import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { openTestStream } from "@/lib/test/event-stream-client";
import { recordStreamEvent } from "@/lib/stream/record-stream-event";
import { stopStreamListener } from "@/lib/stream/stream-hub";

// PostgreSQL only: the stream is fed by LISTEN/NOTIFY, so a change committed through another instance's
// connection reaches this instance's streams, and a dropped listener connection loses nothing.

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)("the PostgreSQL feed", () => {
  let db: TestDatabase;
  let other: Database;
  let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    other = openDatabase(db.postgres!);
    a = await createWorkspaceFixture({ name: "Alpha", chats: 1 });
  });
  afterAll(async () => {
    await stopStreamListener();
    await other?.close();
    await db?.cleanup();
  });

  // Another instance: its own pool, the same database.
  const writeElsewhere = (n: number) =>
    other.prisma.$transaction((tx) =>
      recordStreamEvent(tx, { workspaceId: a.workspace.id, type: "chat", chatId: a.chatIds[0]!, data: { n } }),
    );

  it("delivers a change committed by another instance, only after it commits", async () => {
    const stream = await openTestStream({ userId: a.owner.id });
    await stream.next(1, { events: ["ready"] });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const tx = other.prisma.$transaction(async (t) => {
      await recordStreamEvent(t, { workspaceId: a.workspace.id, type: "note", chatId: a.chatIds[0]! });
      await held;
    });
    expect((await stream.settle(300)).filter((f) => f.event === "change")).toEqual([]);
    release();
    await tx;
    const [got] = await stream.next(1, { events: ["change"] });
    expect(got!.data).toEqual({ type: "note", chatId: a.chatIds[0] });
    stream.close();
  });

  it("numbers a workspace's events in commit order across concurrent writers", async () => {
    const stream = await openTestStream({ userId: a.owner.id });
    await stream.next(1, { events: ["ready"] });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? writeElsewhere(i)
          : db.prisma.$transaction((tx) =>
              recordStreamEvent(tx, { workspaceId: a.workspace.id, type: "chat", data: { n: i } }),
            ),
      ),
    );
    const got = await stream.next(20, { events: ["change"] });
    const ids = got.map((f) => BigInt(f.id!));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
    expect(new Set(got.map((f) => f.data.data.n)).size).toBe(20);
    stream.close();
  });

  it("after the listener's connection drops, the changes committed meanwhile still arrive", async () => {
    const stream = await openTestStream({ userId: a.owner.id });
    await stream.next(1, { events: ["ready"] });
    const admin = new pg.Client({ connectionString: db.postgres!.url });
    await admin.connect();
    const killed = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [
      `LISTEN "${db.streamChannel}"`,
    ]);
    await admin.end();
    expect(killed.rowCount).toBe(1);
    // Committed while nobody listens: no NOTIFY reaches this instance.
    await writeElsewhere(100);
    await writeElsewhere(101);
    const got = await stream.next(2, { events: ["change"], timeoutMs: 8_000 });
    expect(got.map((f) => f.data.data.n)).toEqual([100, 101]);
    // And live again afterwards.
    await writeElsewhere(102);
    const [live] = await stream.next(1, { events: ["change"] });
    expect(live!.data.data.n).toBe(102);
    stream.close();
  });
});
