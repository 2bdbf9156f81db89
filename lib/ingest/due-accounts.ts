import { prisma } from "@/lib/db";
import type { Marketplace } from "@/lib/generated/prisma/client";

/** Accounts a scheduled job should visit now: not waiting for re-auth, not backing off. */
export async function dueAccounts({ marketplaces, now = new Date() }: { marketplaces: Marketplace[]; now?: Date }) {
  const rows = await prisma().marketplaceAccount.findMany({
    where: {
      marketplace: { in: marketplaces },
      status: { not: "NEEDS_REAUTH" },
      OR: [{ nextSyncAt: null }, { nextSyncAt: { lte: now } }],
    },
    select: { id: true },
    orderBy: { lastSyncAt: { sort: "asc", nulls: "first" } },
  });
  return rows.map((r) => r.id);
}
