import { sql } from "kysely";
import type { Marketplace } from "@/lib/generated/prisma/client";
import { claimBatch, utc } from "@/lib/jobs/claim-batch";
import { POLL_LEASE_MS } from "@/lib/ingest/poll-interval";

/**
 * The polled accounts whose next poll is due, taken for this worker: their nextPollAt moves a lease
 * ahead, so workers on several instances never poll one account at once (its cursor advances in
 * order), and an account a killed worker held is polled again when the lease runs out. The sync sets
 * the real next poll (lib/ingest/sync-account.ts).
 */
export async function claimPollAccounts({
  marketplaces,
  now = new Date(),
  limit = 100,
}: {
  marketplaces: Marketplace[];
  now?: Date;
  limit?: number;
}): Promise<string[]> {
  const rows = await claimBatch({
    table: "MarketplaceAccount",
    due: (rows) =>
      rows
        .where("marketplace", "=", sql<Marketplace>`ANY(${marketplaces}::text[]::"Marketplace"[])`)
        .where("status", "<>", "NEEDS_REAUTH")
        .where((eb) => eb.or([eb("nextSyncAt", "is", null), eb("nextSyncAt", "<=", utc(now))]))
        .where((eb) => eb.or([eb("nextPollAt", "is", null), eb("nextPollAt", "<=", utc(now))]))
        .orderBy("nextPollAt", (o) => o.asc().nullsFirst())
        .orderBy("lastSyncAt", (o) => o.asc().nullsFirst()),
    set: { nextPollAt: utc(new Date(now.getTime() + POLL_LEASE_MS)) },
    limit,
  });
  return rows.map((r) => r.id);
}
