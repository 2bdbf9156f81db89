import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { applyReportRollups } from "@/lib/reports/apply-report-rollups";
import { storeBusinessSeconds } from "@/lib/reports/load-business-hours";
import type { Row } from "@/lib/typed-sql";

type Db = Prisma.TransactionClient | PrismaClient;
type Wait = Row<"ResponseWait">;
// A wait the resolution just ended.
type Resolved = Pick<Wait, "id" | "workspaceId" | "conversationStartedAt"> & {
  resolvedAt: NonNullable<Wait["resolvedAt"]>;
};

/**
 * The chats were resolved (by `userId`, at `at`): each one's conversation ends on its latest wait, whose
 * SLA clock stops if it was still running; the resolution time counts from the conversation's first buyer
 * message. A chat resolved again without a new buyer message counts once. Any number of chats at once.
 */
export async function recordResolutions({
  db,
  workspaceId,
  chatIds,
  userId,
  at = new Date(),
}: {
  db: Db;
  workspaceId: string;
  chatIds: string[];
  userId: string | null;
  at?: Date;
}) {
  if (!chatIds.length) return;
  const resolved = await db.$queryRaw<Resolved[]>`
    UPDATE "ResponseWait" w SET "resolvedAt" = ${at.toISOString()}::timestamp, "resolverId" = ${userId}, "endedAt" = coalesce(w."endedAt", ${at.toISOString()}::timestamp),
      "resolutionSeconds" = greatest(0, floor(extract(epoch FROM ${at.toISOString()}::timestamp - w."conversationStartedAt")))::int
    FROM (
      SELECT DISTINCT ON ("chatId") id FROM "ResponseWait"
      WHERE "workspaceId" = ${workspaceId} AND "chatId" = ANY(${chatIds}) ORDER BY "chatId", "startedAt" DESC
    ) latest
    WHERE w.id = latest.id AND w."resolvedAt" IS NULL
    RETURNING w.id, w."workspaceId", w."conversationStartedAt", w."resolvedAt"`;
  await storeBusinessSeconds({
    db,
    column: "resolutionBusinessSeconds",
    spans: resolved.map((w) => ({
      id: w.id,
      workspaceId: w.workspaceId,
      from: w.conversationStartedAt,
      to: w.resolvedAt,
    })),
  });
  await applyReportRollups({ db, event: "resolved", waitIds: resolved.map((w) => w.id) });
}
