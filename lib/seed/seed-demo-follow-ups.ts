import { prisma } from "@/lib/db";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";

/**
 * A few scheduled follow-ups in the demo workspace, so /scheduled and the threads show the feature:
 * two waiting in resolved chats (the buyer opened them, so the marketplace allows writing first), one
 * cancelled because the buyer wrote first. The rules stay off, as in every new workspace.
 */
export async function seedDemoFollowUps({
  workspaceId,
  userIds,
  now,
}: {
  workspaceId: string;
  userIds: string[];
  now: Date;
}) {
  const db = prisma();
  const chat = { workspaceId, kind: "CHAT" as const, marketplace: "wildberries" as const };
  const resolved = await db.chat.findMany({
    where: { ...chat, status: "RESOLVED" },
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true, customerName: true, productTitle: true },
  });
  const open = await db.chat.findFirst({
    where: { ...chat, status: "OPEN", awaitingReplySince: { not: null } },
    orderBy: { id: "asc" },
    select: { id: true, awaitingReplySince: true },
  });
  const createdById = userIds[1] ?? userIds[0] ?? null;
  const rows = resolved.map((c, i) => ({
    workspaceId,
    chatId: c.id,
    createdById,
    text: `${c.customerName ? `${c.customerName}, з` : "З"}дравствуйте! Как вам ${c.productTitle ? `«${c.productTitle}»` : "покупка"}? Если что-то не так — напишите, поможем.`,
    sendAt: elapsedDaysAfter({ at: now, days: 2 + i * 3 }),
  }));
  if (open) {
    rows.push({
      workspaceId,
      chatId: open.id,
      createdById,
      text: "Здравствуйте! Напоминаем о нас: будем рады помочь с заказом.",
      sendAt: elapsedDaysAfter({ at: now, days: 1 }),
    });
  }
  for (const data of rows) {
    const cancelled = open && data.chatId === open.id;
    await db.scheduledMessage.create({
      // The cancelled one was scheduled an hour before the buyer's message that cancelled it.
      data: {
        ...data,
        ...(cancelled
          ? {
              status: "CANCELLED",
              cancelReason: "buyer_replied",
              createdAt: new Date(open.awaitingReplySince!.getTime() - 3_600_000),
              cancelledAt: open.awaitingReplySince,
            }
          : {}),
      },
    });
  }
}
