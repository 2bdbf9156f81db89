import { z } from "zod";

import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

// What the account page shows an owner about records the marketplace sent that could not be read.

export const QUARANTINE_LIST_LIMIT = 50;

export const quarantinedRecordViewSchema = z.object({
  id: z.string(),
  /** e.g. "wildberries.event" */
  kind: z.string(),
  /** "<field>: <problem>" items joined by "; " (lib/marketplaces/parse-each.ts). */
  reason: z.string(),
  /** The record as received, JSON, cut to a bounded size. */
  raw: z.string(),
  seenCount: z.number().int(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
});
export type QuarantinedRecordView = z.infer<typeof quarantinedRecordViewSchema>;

export const quarantineListSchema = z.object({
  total: z.number().int(),
  records: z.array(quarantinedRecordViewSchema),
});
export type QuarantineList = z.infer<typeof quarantineListSchema>;

/** The latest records kept aside for one account of the workspace (404 for another workspace's account). */
export async function listQuarantinedRecords({
  workspaceId,
  accountId,
}: {
  workspaceId: string;
  accountId: string;
}): Promise<QuarantineList> {
  const account = await prisma().marketplaceAccount.findFirst({
    where: { id: accountId, workspaceId },
    select: { id: true },
  });
  if (!account) throw notFound("Account not found");
  const where = { workspaceId, accountId };
  const [total, rows] = await Promise.all([
    prisma().quarantinedRecord.count({ where }),
    prisma().quarantinedRecord.findMany({
      where,
      orderBy: { lastSeenAt: "desc" },
      take: QUARANTINE_LIST_LIMIT,
      select: { id: true, kind: true, reason: true, raw: true, seenCount: true, createdAt: true, lastSeenAt: true },
    }),
  ]);
  return {
    total,
    records: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastSeenAt: r.lastSeenAt.toISOString() })),
  };
}
