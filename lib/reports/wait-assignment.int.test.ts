import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { markChatAnswered } from "@/lib/inbox/deliver-reply";
import { updateChat } from "@/lib/inbox/update-chat";
import { listChats } from "@/lib/inbox/list-chats";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { chatWithIdOnly } from "@/lib/marketplaces/schemas";
import { applyBulkAction } from "@/lib/bulk/apply-bulk-action";
import { withDomainEvents } from "@/lib/events/bus";
import { rebuildReportRollups } from "@/lib/reports/apply-report-rollups";
import { getReport } from "@/lib/reports/get-report";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { reportRollupsSnapshot } from "@/lib/test/report-rollups-snapshot";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Whose a wait is when auto-assignment or a reassignment gives the chat to an operator after the buyer
// wrote. Auto-assignment is on; only the operator is online at first (Moscow time, a defect: 60-min SLA).
//
// A: buyer Mon 10:00, auto-assigned to the operator, who replies 10:12; then reassigned to the second
//    operator (an answered wait no longer moves): received by the operator, answered by the operator.
// B: buyer Mon 11:00, auto-assigned to the operator; the owner hands it to the second operator 11:05, who
//    replies 11:20: received and answered by the second operator (20 min, within the SLA).
// C: buyer Tue 09:00, auto-assigned to the operator, handed back to the queue with the operator offline
//    (nobody else takes it): still the operator's, unanswered.
// D: buyer Tue 10:00 while the operator is offline and the second one has no room: nobody's; then a bulk
//    assignment gives it to the second operator: theirs.
//
// Per operator: the operator received 2 (A, C), answered 1 (A, 12 min); the second operator received 2
// (B, D), answered 1 (B, 20 min); nobody: none. Totals: received 4, answered 2, both within the SLA.

const msk = (local: string) => new Date(`${local}+03:00`);
let db: TestDatabase;
let f: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let second: { id: string };
let seq = 0;

async function buyer(chat: string, at: string) {
  const account = { id: f.account.id, workspaceId: f.workspace.id, marketplace: "wildberries" as const };
  const text = "Пришёл товар с браком, шов разошёлся";
  const r = await upsertConversations({
    account,
    chats: [chatWithIdOnly({ externalId: chat })],
    messages: [
      {
        externalId: `m${++seq}`,
        chatExternalId: chat,
        author: "buyer",
        text,
        createdAt: msk(at).toISOString(),
        attachments: [],
        isRead: false,
      },
    ],
  });
  return r.chatIds[0]!;
}

async function reply(chatId: string, at: string, userId: string) {
  const createdAt = msk(at);
  await prisma().message.create({
    data: {
      chatId,
      author: "SELLER",
      text: "Заменим",
      status: "SENT",
      createdAt,
      senderUserId: userId,
      externalId: `m${++seq}`,
    },
  });
  await markChatAnswered({ chatId, at: createdAt, text: "Заменим" });
}

const online = (userId: string, on: boolean, maxOpenChats = 10) =>
  prisma().membership.update({
    where: { workspaceId_userId: { workspaceId: f.workspace.id, userId } },
    data: { online: on, maxOpenChats },
  });
const report = (role: "OWNER" | "OPERATOR", userId: string) =>
  getReport({
    workspaceId: f.workspace.id,
    userId,
    role,
    query: { from: "2026-11-30", to: "2026-12-01", days: 30, period: "day" },
  });
const assigneeOf = async (chatId: string) =>
  (await prisma().chat.findUniqueOrThrow({ where: { id: chatId }, select: { assigneeId: true } })).assigneeId;

beforeAll(async () => {
  db = await createTestDatabase();
  f = await createWorkspaceFixture({ name: "Waits", chats: 0 });
  second = await prisma().user.create({ data: { email: `second-${Date.now()}@example.com`, name: "Waits second" } });
  await prisma().membership.create({ data: { workspaceId: f.workspace.id, userId: second.id, role: "OPERATOR" } });
  await prisma().workspace.update({ where: { id: f.workspace.id }, data: { autoAssign: true } });
  await online(f.operator.id, true);

  const a = await buyer("A", "2026-11-30T10:00:00");
  expect(await assigneeOf(a)).toBe(f.operator.id);
  await reply(a, "2026-11-30T10:12:00", f.operator.id);
  await updateChat({
    workspaceId: f.workspace.id,
    chatId: a,
    update: { assigneeId: second.id },
    userId: f.owner.id,
    now: msk("2026-11-30T10:30:00"),
  });

  const b = await buyer("B", "2026-11-30T11:00:00");
  expect(await assigneeOf(b)).toBe(f.operator.id);
  await updateChat({
    workspaceId: f.workspace.id,
    chatId: b,
    update: { assigneeId: second.id },
    userId: f.owner.id,
    now: msk("2026-11-30T11:05:00"),
  });
  await reply(b, "2026-11-30T11:20:00", second.id);

  const c = await buyer("C", "2026-12-01T09:00:00");
  expect(await assigneeOf(c)).toBe(f.operator.id);
  await online(f.operator.id, false);
  await updateChat({
    workspaceId: f.workspace.id,
    chatId: c,
    update: { assigneeId: null },
    userId: f.operator.id,
    now: msk("2026-12-01T09:10:00"),
  });
  expect(await assigneeOf(c)).toBeNull();

  await online(second.id, true, 0);
  const d = await buyer("D", "2026-12-01T10:00:00");
  expect(await assigneeOf(d)).toBeNull();
  await withDomainEvents((tx, publish) =>
    applyBulkAction({
      tx,
      publish,
      workspaceId: f.workspace.id,
      action: { type: "assign", assigneeId: second.id },
      chatIds: [d],
      now: msk("2026-12-01T10:05:00"),
    }),
  );
  expect(await assigneeOf(d)).toBe(second.id);
});
afterAll(async () => {
  await db?.cleanup();
});

describe("whose a wait is", () => {
  it("counts an auto-assigned or reassigned chat as received by the operator who holds it while the buyer waits", async () => {
    const r = await report("OWNER", f.owner.id);
    expect([r.totals.received, r.totals.answered, r.totals.slaMet]).toEqual([4, 2, 2]);
    const ops = Object.fromEntries(
      r.byOperator!.map((o) => [o.key, [o.received, o.answered, o.slaMet, o.response.p50]]),
    );
    expect(ops).toEqual({ [f.operator.id]: [2, 1, 1, 12 * 60], [second.id]: [2, 1, 1, 20 * 60] });
    const days = Object.fromEntries(r.series.map((s) => [s.key, s.received]));
    expect(days).toEqual({ "2026-11-30": 2, "2026-12-01": 2 });
  });

  it("gives each operator their own received chats, and the drill lists them", async () => {
    expect((await report("OPERATOR", f.operator.id)).totals.received).toBe(2);
    expect((await report("OPERATOR", second.id)).totals.received).toBe(2);
    const names = async (operator: string) => {
      const { chats } = await listChats({
        workspaceId: f.workspace.id,
        userId: f.owner.id,
        query: chatListQuerySchema.parse({
          view: "all",
          sort: "recent",
          from: "2026-11-30",
          to: "2026-12-01",
          operator,
        }),
      });
      const rows = await prisma().chat.findMany({
        where: { id: { in: chats.map((c) => c.id) } },
        select: { externalId: true },
      });
      return rows.map((c) => c.externalId).sort();
    };
    expect(await names(f.operator.id)).toEqual(["A", "C"]);
    expect(await names(second.id)).toEqual(["B", "D"]);
    expect(await names("")).toEqual([]);
  });

  it("keeps the rollups equal to a rebuild from the waits after the moves", async () => {
    const snapshot = () => reportRollupsSnapshot(f.workspace.id);
    const incremental = await snapshot();
    await prisma().$transaction((tx) => rebuildReportRollups({ db: tx, workspaceId: f.workspace.id }));
    expect(await snapshot()).toEqual(incremental);
  });
});
