import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

type Workspace = Awaited<ReturnType<typeof createWorkspaceFixture>>;

/**
 * A test file's database with two workspaces, Alpha (a) and Beta (b), each with an owner, an operator, an account
 * and the chats asked for; with `simulator`, the marketplace simulator too (its faults cleared before each test).
 * `close` runs before the database goes (a listener to stop, a server to close).
 */
export function twoWorkspacesPerFile({
  chats = [1, 1],
  simulator = false,
  close,
}: { chats?: [number, number]; simulator?: boolean; close?: () => Promise<void> } = {}) {
  const w = {
    db: undefined as unknown as TestDatabase,
    a: undefined as unknown as Workspace,
    b: undefined as unknown as Workspace,
    /** Only with `simulator`. */
    sim: undefined as unknown as Simulator,
  };
  beforeAll(async () => {
    w.db = await createTestDatabase();
    if (simulator) w.sim = await startSimulator();
    w.a = await createWorkspaceFixture({ name: "Alpha", chats: chats[0] });
    w.b = await createWorkspaceFixture({ name: "Beta", chats: chats[1] });
  });
  beforeEach(() => w.sim?.control.clearFaults());
  afterAll(async () => {
    await close?.();
    await w.sim?.close();
    await w.db.cleanup();
  });
  return w;
}
