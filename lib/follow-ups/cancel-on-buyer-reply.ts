import { sql } from "kysely";
import type { Prisma } from "@/lib/generated/prisma/client";
import { execute, qb } from "@/lib/typed-sql";

/**
 * Ingestion's hook: a buyer message newer than a scheduled message cancels it (the buyer wrote first,
 * so the operator answers instead). Runs in ingestion's transaction; idempotent, and an old message
 * that arrives late (a backfill) cancels nothing scheduled after it was written.
 */
export async function cancelOnBuyerReply({ tx, chatIds }: { tx: Prisma.TransactionClient; chatIds: string[] }): Promise<number> {
  if (!chatIds.length) return 0;
  const now = sql<Date>`now()`;
  return execute(
    qb
      .updateTable("ScheduledMessage as s")
      .set({ status: "CANCELLED", cancelReason: "buyer_replied", cancelledAt: now, updatedAt: now })
      .where("s.chatId", "=", sql<string>`ANY(${chatIds})`)
      .where("s.status", "=", "SCHEDULED")
      .where(({ exists, selectFrom }) =>
        exists(selectFrom("Message as m").select(sql.lit(1).as("one")).whereRef("m.chatId", "=", "s.chatId").where("m.author", "=", "BUYER").whereRef("m.createdAt", ">", "s.createdAt")),
      ),
    tx,
  );
}
