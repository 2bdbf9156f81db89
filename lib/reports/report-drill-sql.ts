import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Row } from "@/lib/typed-sql";

/**
 * The inbox filter behind a report's bar, over `"Chat" c`: chats a buyer wrote to in the days from..to
 * (the workspace's calendar, both included), optionally those the operator ("" for nobody) was assigned
 * to, answered or resolved. Reads the response waits by their (workspaceId, startedAt) index.
 */
export async function reportDrillSql({
  workspaceId,
  from,
  to,
  operator,
}: {
  workspaceId: string;
  from?: string;
  to?: string;
  operator?: string;
}): Promise<Prisma.Sql | null> {
  if (!from && !to && operator === undefined) return null;
  // The day's first instant in the workspace's zone, worked out by the database in the same statement
  // (UTC for a workspace gone): no look-up of the zone first.
  const zone = Prisma.sql`coalesce((SELECT "timeZone" FROM "Workspace" WHERE id = ${workspaceId}), 'UTC')`;
  const midnight = (day: string, plusDays: number) =>
    Prisma.sql`(((${day}::date + ${plusDays}::int)::timestamp AT TIME ZONE ${zone}) AT TIME ZONE 'UTC')`;
  const since = from ? midnight(from, 0) : Prisma.sql`'-infinity'::timestamp`;
  const until = to ? midnight(to, 1) : Prisma.sql`'infinity'::timestamp`;
  const who =
    operator === undefined
      ? Prisma.sql`TRUE`
      : operator === ""
        ? Prisma.sql`w."assigneeId" IS NULL AND w."responderId" IS NULL`
        : Prisma.sql`${operator} IN (w."assigneeId", w."responderId", w."resolverId")`;
  const waits = Prisma.sql`SELECT w."chatId" FROM "ResponseWait" w WHERE w."workspaceId" = ${workspaceId}
    AND w."startedAt" >= ${since} AND w."startedAt" < ${until} AND ${who}`;
  // A few thousand chats (a day's bar): looked up by id and sorted, rather than scanning the list in its
  // order for the rare ones that match; more than that match often enough for the scan to stop early.
  const few = await prisma().$queryRaw<
    Pick<Row<"ResponseWait">, "chatId">[]
  >`SELECT DISTINCT q."chatId" FROM (${waits}) q LIMIT ${FEW + 1}`;
  if (few.length <= FEW)
    return few.length
      ? Prisma.sql`c.id = ANY(string_to_array(${few.map((r) => r.chatId).join(",")}, ','))`
      : Prisma.sql`FALSE`;
  return Prisma.sql`c.id IN (${waits})`;
}

const FEW = 5_000;
