import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { applyReportRollups } from "@/lib/reports/apply-report-rollups";

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
export async function assignResponseWaits({ db, workspaceId, chatIds }: { db: Db; workspaceId: string; chatIds: string[] }) {
  if (!chatIds.length) return;
  const moving = await db.$queryRaw<{ id: string }[]>`
    SELECT w.id FROM "ResponseWait" w JOIN "Chat" c ON c.id = w."chatId"
    WHERE w."workspaceId" = ${workspaceId} AND w."chatId" = ANY(${chatIds}) AND w."endedAt" IS NULL
      AND c."assigneeId" IS NOT NULL AND w."assigneeId" IS DISTINCT FROM c."assigneeId"
    ORDER BY w.id FOR UPDATE OF w`;
  const waitIds = moving.map((w) => w.id);
  if (!waitIds.length) return;
  await applyReportRollups({ db, event: "received", waitIds, sign: -1 });
  await db.$executeRaw`UPDATE "ResponseWait" w SET "assigneeId" = c."assigneeId" FROM "Chat" c WHERE c.id = w."chatId" AND w.id = ANY(${waitIds})`;
  await applyReportRollups({ db, event: "received", waitIds });
}
