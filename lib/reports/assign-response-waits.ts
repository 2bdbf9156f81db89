import { sql } from "kysely";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { applyReportRollups } from "@/lib/reports/apply-report-rollups";
import { execute, qb, rows } from "@/lib/typed-sql";

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * Whose a wait is ("received" per operator): the operator the chat is assigned to while the buyer waits.
 * A wait opens under the chat's assignee then; while it is open, assigning the chat to someone (by hand,
 * auto-assignment, a bulk action) moves it to them, so an auto-assigned or reassigned chat counts for the
 * operator who holds it when it is answered, or holds it now if it is still waiting. Handing a chat back
 * to the queue moves nothing: the wait stays with the last operator until someone else takes the chat.
 * An answered or resolved wait no longer moves. The rollups follow: the wait's "received" is taken out
 * under its old operator and added under the new one, on the day it started. Idempotent.
 */
export async function assignResponseWaits({
  db,
  workspaceId,
  chatIds,
}: {
  db: Db;
  workspaceId: string;
  chatIds: string[];
}) {
  if (!chatIds.length) return;
  const moving = await rows(
    qb
      .selectFrom("ResponseWait as w")
      .innerJoin("Chat as c", "c.id", "w.chatId")
      .select("w.id")
      .where("w.workspaceId", "=", workspaceId)
      .where("w.chatId", "=", sql<string>`ANY(${chatIds})`)
      .where("w.endedAt", "is", null)
      .where("c.assigneeId", "is not", null)
      .where(({ eb, ref }) => eb("w.assigneeId", "is distinct from", ref("c.assigneeId")))
      .orderBy("w.id")
      .forUpdate("w"),
    db,
  );
  const waitIds = moving.map((w) => w.id);
  if (!waitIds.length) return;
  await applyReportRollups({ db, event: "received", waitIds, sign: -1 });
  await execute(
    qb
      .updateTable("ResponseWait as w")
      .from("Chat as c")
      .set(({ ref }) => ({ assigneeId: ref("c.assigneeId") }))
      .whereRef("c.id", "=", "w.chatId")
      .where("w.id", "=", sql<string>`ANY(${waitIds})`),
    db,
  );
  await applyReportRollups({ db, event: "received", waitIds });
}
