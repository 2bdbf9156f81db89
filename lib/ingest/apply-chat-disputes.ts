import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChatDispute } from "@/lib/marketplaces/schemas";

export type DisputeEvent = ChatDispute & { chatExternalId: string };

/**
 * Records disputes (Yandex Market arbitrage) on stored chats. A push's own time decides, so pushes that
 * arrive twice or out of order (FINISHED before STARTED) end in the right state: the dispute is open while
 * disputeOpenedAt is set and later than any disputeClosedAt. A state read from the chat itself (no time)
 * only opens a dispute the chat never had, or closes an open one, at the time it is seen.
 */
export async function applyChatDisputes({
  tx,
  accountId,
  disputes,
}: {
  tx: Prisma.TransactionClient;
  accountId: string;
  disputes: DisputeEvent[];
}) {
  for (const d of disputes) {
    const row = { accountId, kind: "CHAT" as const, externalId: d.chatExternalId };
    const now = new Date();
    if (d.at) {
      const at = new Date(d.at);
      const column = d.state === "open" ? "disputeOpenedAt" : "disputeClosedAt";
      await tx.chat.updateMany({
        where: { ...row, OR: [{ [column]: null }, { [column]: { lt: at } }] },
        data: { [column]: at },
      });
    } else if (d.state === "open") {
      await tx.chat.updateMany({
        where: { ...row, disputeOpenedAt: null, disputeClosedAt: null },
        data: { disputeOpenedAt: now },
      });
    } else if (
      (
        await tx.chat.updateMany({
          where: { ...row, disputeOpenedAt: null, disputeClosedAt: null },
          data: { disputeOpenedAt: now, disputeClosedAt: now },
        })
      ).count === 0
    ) {
      const open = await tx.chat.findFirst({
        where: { ...row, disputeOpenedAt: { not: null } },
        select: { id: true, disputeOpenedAt: true, disputeClosedAt: true },
      });
      if (open && (!open.disputeClosedAt || open.disputeClosedAt < open.disputeOpenedAt!)) {
        await tx.chat.update({ where: { id: open.id }, data: { disputeClosedAt: now } });
      }
    }
  }
}
