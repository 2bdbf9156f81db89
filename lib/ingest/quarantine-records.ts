import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import type { Marketplace } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import { cutText } from "@/lib/text/cut-text";
import type { SkippedRecord } from "@/lib/marketplaces/schemas";

const log = logger("ingest");
// The raw record is kept for the owner and for us to see what the marketplace sent; a huge one is cut.
export const QUARANTINE_RAW_MAX_CHARS = 8_000;
// Oldest rows beyond this are dropped: a marketplace sending nothing but odd records cannot fill the database.
export const QUARANTINE_MAX_PER_ACCOUNT = 500;

type AccountRef = { id: string; workspaceId: string; marketplace: Marketplace };

function serialise(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

/**
 * Keeps aside the records a connector could not use: one row per distinct record (a poll that reads the
 * same odd record again only counts it), reason and a bounded copy of the record. Logs kind and reason
 * only: a record may carry a buyer's words.
 */
export async function quarantineRecords({
  account,
  records,
  maxPerAccount = QUARANTINE_MAX_PER_ACCOUNT,
  now = new Date(),
}: {
  account: AccountRef;
  records: SkippedRecord[] | undefined;
  maxPerAccount?: number;
  now?: Date;
}): Promise<number> {
  if (!records?.length) return 0;
  let created = 0;
  for (const record of records) {
    const full = serialise(record.raw);
    const fingerprint = crypto.createHash("sha256").update(`${record.kind}\n${full}`).digest("hex");
    const raw = full.length > QUARANTINE_RAW_MAX_CHARS ? `${cutText(full, QUARANTINE_RAW_MAX_CHARS)}…` : full;
    const reason = cutText(record.reason, 500);
    const existing = await prisma().quarantinedRecord.findUnique({
      where: { accountId_fingerprint: { accountId: account.id, fingerprint } },
      select: { id: true },
    });
    if (existing) {
      await prisma().quarantinedRecord.update({
        where: { id: existing.id },
        data: { seenCount: { increment: 1 }, lastSeenAt: now, reason },
      });
      continue;
    }
    await prisma().quarantinedRecord.createMany({
      data: [
        {
          workspaceId: account.workspaceId,
          accountId: account.id,
          marketplace: account.marketplace,
          kind: record.kind,
          reason,
          raw,
          fingerprint,
          createdAt: now,
          lastSeenAt: now,
        },
      ],
      skipDuplicates: true,
    });
    created += 1;
    log.warn("record quarantined", { accountId: account.id, kind: record.kind, reason });
  }
  if (created) await pruneQuarantine({ accountId: account.id, keep: maxPerAccount });
  return created;
}

async function pruneQuarantine({ accountId, keep }: { accountId: string; keep: number }) {
  const stale = await prisma().quarantinedRecord.findMany({
    where: { accountId },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    skip: keep,
    select: { id: true },
  });
  if (stale.length) await prisma().quarantinedRecord.deleteMany({ where: { id: { in: stale.map((r) => r.id) } } });
}
