import { Prisma } from "@/lib/generated/prisma/client";
import type { Marketplace } from "@/lib/generated/prisma/client";
import { claimBatch, utc } from "@/lib/jobs/claim-batch";
import { POLL_LEASE_MS } from "@/lib/ingest/poll-interval";

/**
 * The polled accounts whose next poll is due, taken for this worker: their nextPollAt moves a lease
 * ahead, so workers on several instances never poll one account at once (its cursor advances in
 * order), and an account a killed worker held is polled again when the lease runs out. The sync sets
 * the real next poll (lib/ingest/sync-account.ts).
 */
export async function claimPollAccounts({ marketplaces, now = new Date(), limit = 100 }: { marketplaces: Marketplace[]; now?: Date; limit?: number }): Promise<string[]> {
  const rows = await claimBatch({
    table: "MarketplaceAccount",
    where: Prisma.sql`marketplace = ANY(${marketplaces}::text[]::"Marketplace"[]) AND status <> 'NEEDS_REAUTH'
      AND ("nextSyncAt" IS NULL OR "nextSyncAt" <= ${utc(now)}) AND ("nextPollAt" IS NULL OR "nextPollAt" <= ${utc(now)})`,
    set: Prisma.sql`"nextPollAt" = ${utc(new Date(now.getTime() + POLL_LEASE_MS))}`,
    orderBy: Prisma.sql`"nextPollAt" NULLS FIRST, "lastSyncAt" NULLS FIRST`,
    limit,
  });
  return rows.map((r) => r.id);
}
