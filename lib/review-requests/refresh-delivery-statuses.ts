import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { getSmsRuStatus } from "@/lib/notify/sms-ru";
import { loadReviewConfig } from "@/lib/review-requests/review-config";
import { reasonColumns } from "@/lib/review-requests/request-reason";

const log = logger("review-requests");

const CHECK_FOR_MS = 3 * 24 * 60 * 60_000;
const CHECK_EVERY_MS = 5 * 60_000;

/**
 * Upgrades SENT SMS to DELIVERED (or FAILED) where SMS.ru reports it. WhatsApp and email report
 * delivery through callbacks we do not receive yet, so they stay SENT.
 */
export async function refreshDeliveryStatuses({
  now = new Date(),
  limit = 50,
}: { now?: Date; limit?: number } = {}): Promise<{ checked: number; delivered: number; failed: number }> {
  const db = prisma();
  const rows = await db.reviewRequest.findMany({
    where: {
      status: "SENT",
      provider: "sms_ru",
      providerMessageId: { not: null },
      sentAt: { gte: new Date(now.getTime() - CHECK_FOR_MS) },
      OR: [{ statusCheckedAt: null }, { statusCheckedAt: { lt: new Date(now.getTime() - CHECK_EVERY_MS) } }],
    },
    orderBy: { sentAt: "asc" },
    take: limit,
    select: { id: true, workspaceId: true, providerMessageId: true },
  });
  const configs = new Map<string, Awaited<ReturnType<typeof loadReviewConfig>>>();
  let delivered = 0;
  let failed = 0;
  for (const row of rows) {
    let config = configs.get(row.workspaceId);
    if (!config) configs.set(row.workspaceId, (config = await loadReviewConfig({ workspaceId: row.workspaceId })));
    const smsRu = config.providers.smsRu;
    if (!smsRu || !row.providerMessageId) {
      await db.reviewRequest.update({ where: { id: row.id }, data: { statusCheckedAt: now } });
      continue;
    }
    const status = await getSmsRuStatus({ config: smsRu, smsId: row.providerMessageId });
    const where = { id: row.id, status: "SENT" as const };
    if (status.status === "delivered") {
      delivered += 1;
      await db.reviewRequest.updateMany({
        where,
        data: { status: "DELIVERED", deliveredAt: now, statusCheckedAt: now },
      });
    } else if (!status.ok && status.errorKind === "provider") {
      failed += 1;
      await db.reviewRequest.updateMany({
        where,
        data: {
          status: "FAILED",
          ...reasonColumns({ code: "undelivered", params: { detail: status.error ?? "SMS.ru" } }),
          statusCheckedAt: now,
        },
      });
    } else {
      await db.reviewRequest.updateMany({ where, data: { statusCheckedAt: now } });
    }
  }
  if (rows.length > 0) log.info("delivery statuses checked", { checked: rows.length, delivered, failed });
  return { checked: rows.length, delivered, failed };
}
