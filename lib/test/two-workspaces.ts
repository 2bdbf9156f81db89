import { afterAll, beforeAll } from "vitest";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

type Workspace = Awaited<ReturnType<typeof createWorkspaceFixture>>;

/**
 * A test file's database with two workspaces, Alpha (a) and Beta (b), each with an owner, an operator, an account
 * and the chats asked for; `close` runs before the database goes (a listener to stop, a server to close).
 */
export function twoWorkspacesPerFile({
  chats = [1, 1],
  close,
}: { chats?: [number, number]; close?: () => Promise<void> } = {}) {
  const w = {
    db: undefined as unknown as TestDatabase,
    a: undefined as unknown as Workspace,
    b: undefined as unknown as Workspace,
  };
  beforeAll(async () => {
    w.db = await createTestDatabase();
    w.a = await createWorkspaceFixture({ name: "Alpha", chats: chats[0] });
    w.b = await createWorkspaceFixture({ name: "Beta", chats: chats[1] });
  });
  afterAll(async () => {
    await close?.();
    await w.db.cleanup();
  });
  return w;
}
