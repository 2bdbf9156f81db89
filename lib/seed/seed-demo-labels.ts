import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LabelColor } from "@/lib/labels/label-schema";

const HOUR = 3_600_000;

// Each label goes on the chats its words describe, found in the demo's own (deterministic) messages.
const LABELS: { name: string; color: LabelColor; take: number; chats: (workspaceId: string) => Prisma.Sql }[] = [
  { name: "Брак", color: "red", take: 10, chats: (ws) => buyerWrote(ws, "%брак%") },
  { name: "Доставка", color: "blue", take: 8, chats: (ws) => buyerWrote(ws, "%достав%") },
  {
    name: "Постоянный покупатель",
    color: "violet",
    take: 10,
    chats: (ws) => Prisma.sql`SELECT c.id FROM "Chat" c WHERE c."workspaceId" = ${ws} AND c."buyerId" IN (
      SELECT "buyerId" FROM "Chat" WHERE "workspaceId" = ${ws} AND "buyerId" IS NOT NULL GROUP BY 1 HAVING count(*) > 1)`,
  },
];

function buyerWrote(workspaceId: string, pattern: string) {
  return Prisma.sql`SELECT c.id FROM "Chat" c WHERE c."workspaceId" = ${workspaceId} AND c.kind = 'CHAT'
    AND EXISTS (SELECT 1 FROM "Message" m WHERE m."chatId" = c.id AND m.author = 'BUYER' AND m.text ILIKE ${pattern})`;
}

// Snoozed for 3 hours, a day and three days: chats answered and waiting on the buyer, so the «Нужен
// ответ» view and its counts stay as they were.
const SNOOZE_HOURS = [3, 24, 72];

/**
 * Workspace labels with colours on some demo chats, and a few snoozed chats, so the label filter and
 * «Отложенные» show something on the first run. Chats are picked in id order from the seeded content.
 */
export async function seedDemoLabels({ workspaceId, now }: { workspaceId: string; now: Date }) {
  const db = prisma();
  for (const label of LABELS) {
    const { id } = await db.label.create({
      data: { workspaceId, name: label.name, color: label.color, createdAt: now },
    });
    const picked = await db.$queryRaw<
      { id: string }[]
    >`SELECT q.id FROM (${label.chats(workspaceId)}) q ORDER BY q.id LIMIT ${label.take}`;
    await db.chatLabel.createMany({ data: picked.map((c) => ({ chatId: c.id, labelId: id, createdAt: now })) });
  }
  const quiet = await db.chat.findMany({
    where: { workspaceId, kind: "CHAT", status: "OPEN", awaitingReplySince: null },
    orderBy: { id: "asc" },
    take: SNOOZE_HOURS.length,
    select: { id: true },
  });
  for (const [i, chat] of quiet.entries())
    await db.chat.update({
      where: { id: chat.id },
      data: { snoozedUntil: new Date(now.getTime() + SNOOZE_HOURS[i]! * HOUR) },
    });
}
