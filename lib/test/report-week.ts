import { afterAll, beforeAll } from "vitest";
import { prisma } from "@/lib/db";
import { markChatAnswered } from "@/lib/inbox/deliver-reply";
import { updateChat } from "@/lib/inbox/update-chat";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { chatWithIdOnly } from "@/lib/marketplaces/schemas";
import { getReport, type ReportRow } from "@/lib/reports/get-report";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The report's figures over a small week of chats whose answers are worked out by hand below. The
// workspace is in Moscow (UTC+3); business hours Mon-Fri 09:00-18:00 with a 13:00-14:00 break, and
// Wednesday 2026-12-02 off. Every buyer message reports a defect (urgent: a 60-minute SLA).
//
// A (assigned to the operator): buyer Mon 10:00, operator 10:12; buyer 12:50, operator 14:20; resolved
//   by the operator 15:00. Waits 12 min and 90 min (business: 10 + 20 = 30 min, the break skipped);
//   resolution 5 h (business 4 h).
// B: buyer Tue 17:30, a reply from the marketplace's cabinet Thu 05:30: 36 h (business: 30 min on
//   Tuesday; Wednesday is off and Thursday has not begun = 30 min).
// C: buyer Thu 11:00, resolved by the owner 11:05 with no reply (the SLA clock stops; resolution 5 min);
//   buyer again Fri 10:00 (a new conversation), operator 10:03, resolved 10:30 (30 min); resolved once
//   more after a reopen without a buyer message, which counts nothing.
// D (a product question): buyer Sat 01:30 Moscow (Fri 22:30 UTC), unanswered.
//
// Responses 3, 12, 90 min and 36 h: median (nearest rank) 12 min, p90 36 h; business 3, 12, 30, 30 min.
// First responses 12 min (A), 36 h (B), 3 min (C's second conversation): median 12 min, p90 36 h.
// Resolutions 5 min, 30 min, 5 h: median 30 min, p90 5 h (business 4 h). Within the SLA: 2 of 4 by the
// clock (3 and 12 min), 4 of 4 in business hours.

export const MIN = 60;
export const HOUR = 3600;
const msk = (local: string) => new Date(`${local}+03:00`);
const DEFECT = "Пришёл товар с браком, шов разошёлся";

let db: TestDatabase;
let f: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let seq = 0;
let labels: { defect: string; question: string };

/** The week's database, workspace (owner, operator, account) and label ids, once the file's tests begin. */
export const week = {
  get db() {
    return db;
  },
  get f() {
    return f;
  },
  get labels() {
    return labels;
  },
};

async function buyer(chat: string, at: string, kind: "chat" | "question" = "chat") {
  const account = { id: f.account.id, workspaceId: f.workspace.id, marketplace: "wildberries" as const };
  const r = await upsertConversations({
    account,
    chats: [{ ...chatWithIdOnly({ externalId: chat }), kind }],
    messages: [
      {
        externalId: `m${++seq}`,
        chatExternalId: chat,
        author: "buyer",
        text: DEFECT,
        createdAt: msk(at).toISOString(),
        attachments: [],
        isRead: false,
      },
    ],
  });
  return r.chatIds[0]!;
}

/** A reply through the send path: the operator's message, then what delivery does once it is SENT. */
async function operatorReply(chatId: string, at: string) {
  const createdAt = msk(at);
  await prisma().message.create({
    data: {
      chatId,
      author: "SELLER",
      text: "Заменим",
      status: "SENT",
      createdAt,
      senderUserId: f.operator.id,
      externalId: `m${++seq}`,
    },
  });
  await markChatAnswered({ chatId, at: createdAt, text: "Заменим" });
}

/** A reply the seller wrote in the marketplace's cabinet, seen by ingestion. */
async function cabinetReply(chat: string, at: string) {
  const account = { id: f.account.id, workspaceId: f.workspace.id, marketplace: "wildberries" as const };
  await upsertConversations({
    account,
    chats: [],
    messages: [
      {
        externalId: `m${++seq}`,
        chatExternalId: chat,
        author: "seller",
        text: "Ответ из кабинета",
        createdAt: msk(at).toISOString(),
        attachments: [],
        isRead: null,
      },
    ],
  });
}

const resolve = (chatId: string, at: string, userId: string) =>
  updateChat({ workspaceId: f.workspace.id, chatId, update: { status: "RESOLVED" }, userId, now: msk(at) });
export const report = (role: "OWNER" | "OPERATOR", period: "day" | "week" = "day") =>
  getReport({
    workspaceId: f.workspace.id,
    userId: role === "OWNER" ? f.owner.id : f.operator.id,
    role,
    query: { from: "2026-11-30", to: "2026-12-06", days: 30, period },
  });
export const figures = (r: ReportRow) => ({
  received: r.received,
  answered: r.answered,
  resolved: r.resolved,
  slaMet: r.slaMet,
  first: r.first,
  response: r.response,
  resolution: r.resolution,
});

/** Seeds the week before the file's tests and drops its database after them. */
export function reportWeekPerFile() {
  beforeAll(async () => {
    db = await createTestDatabase();
    f = await createWorkspaceFixture({ name: "Reports", chats: 0 });
    const day = { start: "09:00", end: "18:00", breaks: [{ start: "13:00", end: "14:00" }] };
    await prisma().reportSettings.create({
      data: {
        workspaceId: f.workspace.id,
        weekly: [day, day, day, day, day, null, null],
        daysOff: ["2026-12-02"],
        backfilledAt: new Date(),
      },
    });

    const account = { id: f.account.id, workspaceId: f.workspace.id, marketplace: "wildberries" as const };
    const [a] = (await upsertConversations({ account, chats: [chatWithIdOnly({ externalId: "A" })], messages: [] }))
      .chatIds as [string];
    await prisma().chat.update({ where: { id: a }, data: { assigneeId: f.operator.id } });
    await buyer("A", "2026-11-30T10:00:00");
    await operatorReply(a, "2026-11-30T10:12:00");
    await buyer("A", "2026-11-30T12:50:00");
    await operatorReply(a, "2026-11-30T14:20:00");
    await resolve(a, "2026-11-30T15:00:00", f.operator.id);

    await buyer("B", "2026-12-01T17:30:00");
    await cabinetReply("B", "2026-12-03T05:30:00");

    const c = await buyer("C", "2026-12-03T11:00:00");
    await resolve(c, "2026-12-03T11:05:00", f.owner.id);
    await buyer("C", "2026-12-04T10:00:00");
    await operatorReply(c, "2026-12-04T10:03:00");
    await resolve(c, "2026-12-04T10:30:00", f.operator.id);
    await updateChat({ workspaceId: f.workspace.id, chatId: c, update: { status: "OPEN" } });
    await resolve(c, "2026-12-04T11:00:00", f.operator.id);

    const d = await buyer("D", "2026-12-05T01:30:00", "question");

    // Labels: «Брак» on A and C, «Вопрос» on D, «Пусто» on no chat; another workspace's label on nothing here.
    const label = (name: string, color: string, chatIds: string[]) =>
      prisma().label.create({
        data: { workspaceId: f.workspace.id, name, color, chats: { create: chatIds.map((chatId) => ({ chatId })) } },
      });
    labels = { defect: (await label("Брак", "red", [a, c])).id, question: (await label("Вопрос", "blue", [d])).id };
    await label("Пусто", "gray", []);
  });
  afterAll(async () => {
    await db?.cleanup();
  });
  return week;
}
