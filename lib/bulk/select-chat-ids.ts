import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { BULK_MAX_CHATS, type BulkFilter, type BulkRequest } from "@/lib/bulk/bulk-schema";
import { chatMatchSql, toSearchQuery } from "@/lib/inbox/chat-search";
import { chatFilterSql } from "@/lib/inbox/list-chats";
import { reportDrillSql } from "@/lib/reports/report-drill-sql";

type Scope = { workspaceId: string; userId: string; now?: Date };

/** FROM and WHERE of the chats the list's filter matches (search included), or null when the search has no word. */
async function filterFrom({ workspaceId, userId, filter, now = new Date() }: Scope & { filter: BulkFilter }) {
  const tsQuery = filter.q ? await toSearchQuery({ text: filter.q }) : null;
  if (filter.q && !tsQuery) return null;
  const match = tsQuery ? chatMatchSql({ tsQuery }) : null;
  const drill = await reportDrillSql({ workspaceId, from: filter.from, to: filter.to, operator: filter.operator });
  const where = [...chatFilterSql({ workspaceId, userId, query: filter, now }), ...(drill ? [drill] : []), ...(match ? [match.where] : [])];
  return Prisma.sql`FROM "Chat" c ${match ? match.join : Prisma.empty} WHERE ${Prisma.join(where, " AND ")}`;
}

/**
 * The ids a bulk action covers, in the workspace only: the picked chats, or every chat the list's
 * filter matches (loaded in the browser or not), most recent first, up to BULK_MAX_CHATS.
 */
export async function selectChatIds({ selection, ...scope }: Scope & { selection: BulkRequest["selection"] }): Promise<string[]> {
  if ("ids" in selection) {
    const rows = await prisma().$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Chat" c WHERE c."workspaceId" = ${scope.workspaceId} AND c.id = ANY(string_to_array(${[...new Set(selection.ids)].join(",")}, ','))
      ORDER BY c."lastMessageAt" DESC, c.id DESC`;
    return rows.map((r) => r.id);
  }
  const from = await filterFrom({ ...scope, filter: selection.filter });
  if (!from) return [];
  const rows = await prisma().$queryRaw<{ id: string }[]>`SELECT c.id ${from} ORDER BY c."lastMessageAt" DESC, c.id DESC LIMIT ${BULK_MAX_CHATS}`;
  return rows.map((r) => r.id);
}

/** How many chats the list's filter matches: the "all N" the bulk bar offers. */
export async function countMatchingChats({ filter, ...scope }: Scope & { filter: BulkFilter }): Promise<{ count: number }> {
  const from = await filterFrom({ ...scope, filter });
  if (!from) return { count: 0 };
  const [row] = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}`;
  return { count: Number(row?.n ?? 0) };
}
