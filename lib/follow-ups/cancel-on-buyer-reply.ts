import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Ingestion's hook: a buyer message newer than a scheduled message cancels it (the buyer wrote first,
 * so the operator answers instead). Runs in ingestion's transaction; idempotent, and an old message
 * that arrives late (a backfill) cancels nothing scheduled after it was written.
 */
export async function cancelOnBuyerReply({ tx, chatIds }: { tx: Prisma.TransactionClient; chatIds: string[] }): Promise<number> {
  if (!chatIds.length) return 0;
  return tx.$executeRaw`
    UPDATE "ScheduledMessage" AS s
    SET status = 'CANCELLED', "cancelReason" = 'buyer_replied', "cancelledAt" = now(), "updatedAt" = now()
    WHERE s."chatId" = ANY(${chatIds}) AND s.status = 'SCHEDULED'
      AND EXISTS (SELECT 1 FROM "Message" m WHERE m."chatId" = s."chatId" AND m.author = 'BUYER' AND m."createdAt" > s."createdAt")`;
}
