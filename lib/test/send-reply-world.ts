import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { sendReply } from "@/lib/inbox/send-reply";
import { createSimAccount } from "@/lib/inbox/testing/sim-chat";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { rejection } from "@/lib/test/rejection";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

type Workspace = Awaited<ReturnType<typeof createWorkspaceFixture>>;
type Account = Awaited<ReturnType<typeof createSimAccount>>;

/**
 * A test file's world for sending replies: a database, the simulator (faults cleared before each test), workspace
 * a with a Wildberries and an Ozon account, workspace b beside it; and the helpers the reply tests share.
 */
export function sendReplyWorldPerFile() {
  const w = {
    db: undefined as unknown as TestDatabase,
    sim: undefined as unknown as Simulator,
    a: undefined as unknown as Workspace,
    b: undefined as unknown as Workspace,
    wb: undefined as unknown as Account,
    ozon: undefined as unknown as Account,
    rid: () => crypto.randomUUID(),
    /** sendReply as workspace a's operator. */
    send: (chatId: string, text: string, extra: Partial<Parameters<typeof sendReply>[0]> = {}) =>
      sendReply({
        workspaceId: w.a.workspace.id,
        userId: w.a.operator.id,
        chatId,
        text,
        clientRequestId: w.rid(),
        ...extra,
      }),
    /** What the simulator received for one chat. */
    sentTo: (marketplace: "wildberries" | "ozon" | "yandex_market", chatId: string) =>
      w.sim.control.sentMessages({ marketplace }).filter((s) => s.chatId === chatId),
    rejection,
  };
  beforeAll(async () => {
    w.db = await createTestDatabase();
    w.sim = await startSimulator();
    w.a = await createWorkspaceFixture({ name: "Alpha", chats: 1 });
    w.b = await createWorkspaceFixture({ name: "Beta", chats: 1 });
    w.wb = await createSimAccount({ sim: w.sim, workspaceId: w.a.workspace.id, marketplace: "wildberries" });
    w.ozon = await createSimAccount({ sim: w.sim, workspaceId: w.a.workspace.id, marketplace: "ozon" });
  });
  afterAll(async () => {
    await w.sim?.close();
    await w.db?.cleanup();
  });
  beforeEach(() => w.sim.control.clearFaults());
  return w;
}
