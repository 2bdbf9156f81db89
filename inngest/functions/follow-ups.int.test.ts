import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scheduleRuleFollowUpsFn } from "@/inngest/functions/follow-ups";
import { jobFunctionById } from "@/inngest/functions/jobs";
import { scheduleMessage } from "@/lib/follow-ups/schedule-message";
import { updateFollowUpRules } from "@/lib/follow-ups/update-follow-up-rules";
import { syncAccount } from "@/lib/ingest/sync-account";
import { createSimAccount, createSimChat } from "@/lib/inbox/testing/sim-chat";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The Inngest functions on the real services (PGlite + the marketplace simulator): the resolved-chat
// event schedules a rule follow-up; the cron sweep sends one that is due and leaves one a buyer
// message cancelled. Time moves by pinning Date.now, as the sweep reads the clock itself.

let db: TestDatabase;
let sim: Simulator;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let wb: Awaited<ReturnType<typeof createSimAccount>>;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
  wb = await createSimAccount({ sim, workspaceId: a.workspace.id, marketplace: "wildberries" });
});
afterAll(async () => {
  vi.useRealTimers();
  await sim?.close();
  await db?.cleanup();
});

const sweep = () => new InngestTestEngine({ function: jobFunctionById("follow-ups-sweep") }).execute();
const sentTo = (chatId: string) =>
  sim.control
    .sentMessages({ marketplace: "wildberries" })
    .filter((s) => s.chatId === chatId)
    .map((s) => s.text);

describe("follow-up functions on the real services", () => {
  it("scheduling: the chat.resolved event schedules the enabled rule, three days out", async () => {
    await updateFollowUpRules({
      workspaceId: a.workspace.id,
      update: {
        rules: [
          {
            kind: "RESOLVED",
            enabled: true,
            delayDays: 3,
            template: "Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}! Всё ли в порядке?",
          },
        ],
      },
    });
    const chat = await createSimChat({ sim, account: wb, extra: { status: "RESOLVED" } });
    const { result } = await new InngestTestEngine({ function: scheduleRuleFollowUpsFn }).execute({
      events: [{ name: "follow-ups/chat.resolved", data: { workspaceId: a.workspace.id, chatId: chat.id } }],
    });
    expect(result).toEqual([{ kind: "RESOLVED", outcome: "scheduled" }]);
    const row = await db.prisma.scheduledMessage.findFirstOrThrow({ where: { chatId: chat.id } });
    expect(row).toMatchObject({
      status: "SCHEDULED",
      source: "RULE",
      ruleKind: "RESOLVED",
      text: "Здравствуйте, Алёна! Всё ли в порядке?",
    });
    expect(Math.round((row.sendAt.getTime() - Date.now()) / 86_400_000)).toBe(3);
  });

  it("delivery and cancellation: the sweep sends the due message and not the one the buyer's reply cancelled", async () => {
    const kept = await createSimChat({ sim, account: wb });
    const answered = await createSimChat({ sim, account: wb });
    const input = { text: "Здравствуйте! Как вам покупка?", inDays: 2 };
    const toSend = await scheduleMessage({
      workspaceId: a.workspace.id,
      userId: a.operator.id,
      chatId: kept.id,
      input,
    });
    const toCancel = await scheduleMessage({
      workspaceId: a.workspace.id,
      userId: a.operator.id,
      chatId: answered.id,
      input,
    });

    sim.control.injectBuyerMessage({
      marketplace: "wildberries",
      chatId: answered.externalId,
      text: "Спасибо, всё хорошо, но есть вопрос",
    });
    await syncAccount({ accountId: wb.id });
    expect(await db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id: toCancel.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "buyer_replied",
    });

    expect((await sweep()).result).toMatchObject({ due: 0 });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 2 * 86_400_000 + 120_000);
    const { result } = await sweep();
    vi.useRealTimers();
    expect(result).toMatchObject({ outcomes: { sent: 1 } });
    expect(await db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id: toSend.id } })).toMatchObject({
      status: "SENT",
    });
    expect(sentTo(kept.externalId)).toEqual([input.text]);
    expect(sentTo(answered.externalId)).toEqual([]);
  });
});
