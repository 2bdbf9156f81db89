import { describe, expect, it } from "vitest";
import { syncAccount } from "@/lib/ingest/sync-account";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createSimAccount } from "@/lib/test/sim-account";
import { databaseAndSimulatorPerFile } from "@/lib/test/database-and-simulator";

// A marketplace's answer cannot be refused with a 400 the way a webhook can: a buyer who writes a NUL or
// a lone surrogate would otherwise fail every poll of the seller's account, and no later message would
// ever come in. Such characters are stored as U+FFFD and the rest of the text as it was.

const env = databaseAndSimulatorPerFile();

describe("a buyer's unstorable text in a marketplace answer", () => {
  it("is stored with U+FFFD in place of each bad character, and the account keeps syncing", async () => {
    const fx = await createWorkspaceFixture({ name: "Hostile buyer", chats: 0 });
    const account = await createSimAccount({ workspaceId: fx.workspace.id, sim: env.sim, marketplace: "wildberries" });
    env.sim.control.injectBuyerMessage({
      marketplace: "wildberries",
      text: "до \u0000 после",
      customerName: "Имя\u0000",
    });
    env.sim.control.injectBuyerMessage({ marketplace: "wildberries", text: "пара 😀 и одиночка \ud800!" });
    expect(await syncAccount({ accountId: account.id })).toMatchObject({ status: "synced" });
    env.sim.control.injectBuyerMessage({ marketplace: "wildberries", text: "Следующее сообщение" });
    expect(await syncAccount({ accountId: account.id })).toMatchObject({ status: "synced" });
    const stored = await env.db.prisma.message.findMany({
      where: { chat: { accountId: account.id } },
      orderBy: { createdAt: "asc" },
      select: { text: true },
    });
    expect(stored.map((m) => m.text)).toEqual(
      expect.arrayContaining(["до \uFFFD после", "пара 😀 и одиночка \uFFFD!", "Следующее сообщение"]),
    );
    expect(
      (await env.db.prisma.chat.findMany({ where: { accountId: account.id }, select: { customerName: true } })).map(
        (c) => c.customerName,
      ),
    ).toContain("Имя\uFFFD");
  });
});
