import { afterAll, beforeAll, beforeEach } from "vitest";
import { listChatScheduledMessages } from "@/lib/follow-ups/list-chat-scheduled-messages";
import { scheduleMessage } from "@/lib/follow-ups/schedule-message";
import { createSimAccount } from "@/lib/inbox/testing/sim-chat";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

type Account = Awaited<ReturnType<typeof createSimAccount>>;

export const DAY = 86_400_000;
/** A moment just past `days` days from now. */
export const later = (days: number) => new Date(Date.now() + days * DAY + 60_000);

/**
 * A test file's follow-up world: a database, the simulator (faults cleared before each test), workspace a with a
 * Wildberries, a Yandex Market and an Amazon account; and the helpers that schedule and read follow-ups.
 */
export function followUpsWorldPerFile() {
  const w = {
    db: undefined as unknown as TestDatabase,
    sim: undefined as unknown as Simulator,
    a: undefined as unknown as Awaited<ReturnType<typeof createWorkspaceFixture>>,
    wb: undefined as unknown as Account,
    ym: undefined as unknown as Account,
    amazon: undefined as unknown as Account,
    /** A follow-up scheduled by workspace a's operator, in three days unless told. */
    schedule: (
      chatId: string,
      text: string,
      extra: { inDays?: number; amazonMessageType?: "unexpectedProblem" } = {},
    ) =>
      scheduleMessage({
        workspaceId: w.a.workspace.id,
        userId: w.a.operator.id,
        chatId,
        input: { text, inDays: extra.inDays ?? 3, amazonMessageType: extra.amazonMessageType },
      }),
    /** The texts the simulator received for one chat. */
    sentTo: (marketplace: "wildberries" | "yandex_market" | "amazon", chatId: string) =>
      w.sim.control
        .sentMessages({ marketplace })
        .filter((s) => s.chatId === chatId)
        .map((s) => s.text),
    row: (id: string) => w.db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id } }),
    /** The row as the thread shows it in `locale`. */
    shown: async (chatId: string, id: string, locale: "ru" | "en") =>
      (await listChatScheduledMessages({ workspaceId: w.a.workspace.id, chatId, locale })).messages.find(
        (m) => m.id === id,
      )!,
  };
  beforeAll(async () => {
    w.db = await createTestDatabase();
    w.sim = await startSimulator();
    w.a = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
    w.wb = await createSimAccount({ sim: w.sim, workspaceId: w.a.workspace.id, marketplace: "wildberries" });
    w.ym = await createSimAccount({ sim: w.sim, workspaceId: w.a.workspace.id, marketplace: "yandex_market" });
    w.amazon = await createSimAccount({ sim: w.sim, workspaceId: w.a.workspace.id, marketplace: "amazon" });
  });
  afterAll(async () => {
    await w.sim?.close();
    await w.db?.cleanup();
  });
  beforeEach(() => w.sim.control.clearFaults());
  return w;
}
