import { sql } from "kysely";
import type { Publish } from "@/lib/events/bus";
import { announceScheduledChanged } from "@/lib/follow-ups/announce-scheduled-changed";
import type { Prisma } from "@/lib/generated/prisma/client";
import { qb, rows } from "@/lib/typed-sql";

/**
 * Ingestion's hook: a buyer message newer than a scheduled message cancels it (the buyer wrote first,
 * so the operator answers instead). Runs in ingestion's transaction; idempotent, and an old message
 * that arrives late (a backfill) cancels nothing scheduled after it was written. Each chat whose
 * messages it cancelled is announced (follow-ups/scheduled.changed), so open threads show it.
 */
export async function cancelOnBuyerReply({
  tx,
  publish,
  chatIds,
}: {
  tx: Prisma.TransactionClient;
  publish: Publish;
  chatIds: string[];
}): Promise<number> {
  if (!chatIds.length) return 0;
  const now = sql<Date>`now()`;
  const cancelled = await rows(
    qb
      .updateTable("ScheduledMessage as s")
      .set({ status: "CANCELLED", cancelReason: "buyer_replied", cancelledAt: now, updatedAt: now })
      .where("s.chatId", "=", sql<string>`ANY(${chatIds})`)
      .where("s.status", "=", "SCHEDULED")
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("Message as m")
            .select(sql.lit(1).as("one"))
            .whereRef("m.chatId", "=", "s.chatId")
            .where("m.author", "=", "BUYER")
            .whereRef("m.createdAt", ">", "s.createdAt"),
        ),
      )
      .returning(["s.workspaceId", "s.chatId"]),
    tx,
  );
  await announceScheduledChanged({ publish, rows: cancelled });
  return cancelled.length;
}
