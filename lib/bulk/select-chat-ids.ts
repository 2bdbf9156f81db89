import { sql } from "kysely";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { BULK_MAX_CHATS, type BulkFilter, type BulkRequest } from "@/lib/bulk/bulk-schema";
import { chatMatchSql, toSearchQuery } from "@/lib/inbox/chat-search";
import { chatFilterSql } from "@/lib/inbox/list-chats";
import { reportDrillSql } from "@/lib/reports/report-drill-sql";
import { qb, rows, type Row } from "@/lib/typed-sql";

type Scope = { workspaceId: string; userId: string; now?: Date };

/** FROM and WHERE of the chats the list's filter matches (search included), or null when the search has no word. */
async function filterFrom({ workspaceId, userId, filter, now = new Date() }: Scope & { filter: BulkFilter }) {
  const tsQuery = filter.q ? await toSearchQuery({ text: filter.q }) : null;
  if (filter.q && !tsQuery) return null;
  const match = tsQuery ? chatMatchSql({ tsQuery }) : null;
  const drill = await reportDrillSql({ workspaceId, from: filter.from, to: filter.to, operator: filter.operator });
  const where = [
    ...chatFilterSql({ workspaceId, userId, query: filter, now }),
    ...(drill ? [drill] : []),
    ...(match ? [match.where] : []),
  ];
  return Prisma.sql`FROM "Chat" c ${match ? match.join : Prisma.empty} WHERE ${Prisma.join(where, " AND ")}`;
}

/**
 * The ids a bulk action covers, in the workspace only: the picked chats, or every chat the list's
 * filter matches (loaded in the browser or not), most recent first, up to BULK_MAX_CHATS.
 */
export async function selectChatIds({
  selection,
  ...scope
}: Scope & { selection: BulkRequest["selection"] }): Promise<string[]> {
  if ("ids" in selection) {
    const picked = await rows(
      qb
        .selectFrom("Chat as c")
        .select("c.id")
        .where("c.workspaceId", "=", scope.workspaceId)
        .where("c.id", "=", sql<string>`ANY(string_to_array(${[...new Set(selection.ids)].join(",")}, ','))`)
        .orderBy("c.lastMessageAt", "desc")
        .orderBy("c.id", "desc"),
    );
    return picked.map((r) => r.id);
  }
  const from = await filterFrom({ ...scope, filter: selection.filter });
  if (!from) return [];
  // The list's filter is SQL shared with the inbox list (lib/inbox/list-chats.ts).
  const matched = await prisma().$queryRaw<
    Pick<Row<"Chat">, "id">[]
  >`SELECT c.id ${from} ORDER BY c."lastMessageAt" DESC, c.id DESC LIMIT ${BULK_MAX_CHATS}`;
  return matched.map((r) => r.id);
}

/** How many chats the list's filter matches: the "all N" the bulk bar offers. */
export async function countMatchingChats({
  filter,
  ...scope
}: Scope & { filter: BulkFilter }): Promise<{ count: number }> {
  const from = await filterFrom({ ...scope, filter });
  if (!from) return { count: 0 };
  const [row] = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}`;
  return { count: Number(row?.n ?? 0) };
}
