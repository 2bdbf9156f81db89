import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayStart } from "@/lib/time/zoned-time";

/**
 * The inbox filter behind a report's bar, over `"Chat" c`: chats a buyer wrote to in the days from..to
 * (the workspace's calendar, both included), optionally those the operator ("" for nobody) was assigned
 * to, answered or resolved. Reads the response waits by their (workspaceId, startedAt) index.
 */
export async function reportDrillSql({ workspaceId, from, to, operator }: { workspaceId: string; from?: string; to?: string; operator?: string }): Promise<Prisma.Sql | null> {
  if (!from && !to && operator === undefined) return null;
  const ws = await prisma().workspace.findUnique({ where: { id: workspaceId }, select: { timeZone: true } });
  const tz = ws?.timeZone ?? "UTC";
  const since = from ? dayStart({ day: from, zone: tz }) : new Date(0);
  const until = to ? dayStart({ day: to, zone: tz, plusDays: 1 }) : new Date(8.64e15);
  const who =
    operator === undefined
      ? Prisma.sql`TRUE`
      : operator === ""
        ? Prisma.sql`w."assigneeId" IS NULL AND w."responderId" IS NULL`
        : Prisma.sql`${operator} IN (w."assigneeId", w."responderId", w."resolverId")`;
  const waits = Prisma.sql`SELECT w."chatId" FROM "ResponseWait" w WHERE w."workspaceId" = ${workspaceId}
    AND w."startedAt" >= ${since.toISOString()}::timestamp AND w."startedAt" < ${until.toISOString()}::timestamp AND ${who}`;
  // A few thousand chats (a day's bar): looked up by id and sorted, rather than scanning the list in its
  // order for the rare ones that match; more than that match often enough for the scan to stop early.
  const few = await prisma().$queryRaw<{ chatId: string }[]>`SELECT DISTINCT q."chatId" FROM (${waits}) q LIMIT ${FEW + 1}`;
  if (few.length <= FEW) return few.length ? Prisma.sql`c.id = ANY(string_to_array(${few.map((r) => r.chatId).join(",")}, ','))` : Prisma.sql`FALSE`;
  return Prisma.sql`c.id IN (${waits})`;
}

const FEW = 5_000;
