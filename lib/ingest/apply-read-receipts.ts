import { prisma } from "@/lib/db";
import { withDomainEvent } from "@/lib/events/bus";

export type ReadReceipt = { chatExternalId: string; upToMessageExternalId: string; at: Date };

/**
 * The buyer has read the chat up to a message (Ozon TYPE_MESSAGE_READ): our messages up to it are read,
 * as of when the marketplace told us. Idempotent: messages already read keep their first read time.
 * "Up to" is by the marketplace's time of that message; when it is not stored, by its id where the
 * ids are numbers that grow (Ozon's uint64 message ids).
 */
export async function applyReadReceipts({
  accountId,
  receipts,
}: {
  accountId: string;
  receipts: ReadReceipt[];
}): Promise<number> {
  let marked = 0;
  for (const r of receipts) {
    const chat = await prisma().chat.findFirst({
      where: { accountId, kind: "CHAT", externalId: r.chatExternalId },
      select: { id: true },
    });
    if (!chat) continue;
    const upTo = await prisma().message.findFirst({
      where: { chatId: chat.id, externalId: r.upToMessageExternalId },
      select: { createdAt: true },
    });
    const unread = { chatId: chat.id, author: "SELLER" as const, readAt: null, externalId: { not: null } };
    if (upTo) {
      marked += (
        await withDomainEvent({ name: "inbox/messages.updated", data: { chatIds: [chat.id] } }, (tx) =>
          tx.message.updateMany({ where: { ...unread, createdAt: { lte: upTo.createdAt } }, data: { readAt: r.at } }),
        )
      ).count;
      continue;
    }
    if (!/^\d+$/.test(r.upToMessageExternalId)) continue;
    const limit = BigInt(r.upToMessageExternalId);
    const candidates = await prisma().message.findMany({ where: unread, select: { id: true, externalId: true } });
    const ids = candidates
      .filter((m) => /^\d+$/.test(m.externalId!) && BigInt(m.externalId!) <= limit)
      .map((m) => m.id);
    if (ids.length)
      marked += (
        await withDomainEvent({ name: "inbox/messages.updated", data: { chatIds: [chat.id] } }, (tx) =>
          tx.message.updateMany({ where: { id: { in: ids }, readAt: null }, data: { readAt: r.at } }),
        )
      ).count;
  }
  return marked;
}
