import { prisma } from "@/lib/db";
import { MARKETPLACES, type InboxMarketplace } from "@/lib/inbox/inbox-views";
import { needsReplySql } from "@/lib/inbox/list-chats";
import type { Row } from "@/lib/typed-sql";

/** Chats waiting for a reply, per marketplace and in all: the numbers beside the inbox filters. */
export async function countNeedsReply({ workspaceId, now = new Date() }: { workspaceId: string; now?: Date }) {
  // Answered from the partial index Chat_needs_reply_idx.
  const rows = await prisma().$queryRaw<(Pick<Row<"Chat">, "marketplace"> & { n: number })[]>`
    SELECT c.marketplace::text AS marketplace, count(*)::int AS n FROM "Chat" c
    WHERE c."workspaceId" = ${workspaceId} AND ${needsReplySql({ now })}
    GROUP BY c.marketplace`;
  const byMarketplace = Object.fromEntries(MARKETPLACES.map((m) => [m, 0])) as Record<InboxMarketplace, number>;
  for (const row of rows) byMarketplace[row.marketplace] = Number(row.n);
  return { needsReply: { total: rows.reduce((sum, r) => sum + Number(r.n), 0), byMarketplace } };
}
