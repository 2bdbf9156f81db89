import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { businessSeconds, daysOffSchema, storedWeeklySchema, type BusinessHours } from "@/lib/reports/business-hours";

type Db = Prisma.TransactionClient | PrismaClient;

/** Each workspace's business hours (no weekly schedule: every hour counts). */
export async function loadBusinessHours({
  db,
  workspaceIds,
}: {
  db: Db;
  workspaceIds: string[];
}): Promise<Map<string, BusinessHours>> {
  const rows = await db.workspace.findMany({
    where: { id: { in: [...new Set(workspaceIds)] } },
    select: { id: true, timeZone: true, reportSettings: { select: { weekly: true, daysOff: true } } },
  });
  return new Map(
    rows.map((w) => {
      const weekly = storedWeeklySchema.safeParse(w.reportSettings?.weekly);
      const daysOff = daysOffSchema.safeParse(w.reportSettings?.daysOff);
      return [
        w.id,
        {
          timeZone: w.timeZone,
          weekly: weekly.success ? weekly.data : null,
          daysOff: daysOff.success ? daysOff.data : [],
        },
      ];
    }),
  );
}

type Span = { id: string; workspaceId: string; from: Date; to: Date };

/** Stores the business-hours length of each span into the given column of its wait. */
export async function storeBusinessSeconds({
  db,
  spans,
  column,
}: {
  db: Db;
  spans: Span[];
  column: "businessSeconds" | "resolutionBusinessSeconds";
}) {
  if (!spans.length) return;
  const hours = await loadBusinessHours({ db, workspaceIds: spans.map((s) => s.workspaceId) });
  const values = spans.map((s) => {
    const h = hours.get(s.workspaceId);
    const seconds = h ? businessSeconds(h, s.from, s.to) : Math.floor((s.to.getTime() - s.from.getTime()) / 1000);
    return Prisma.sql`(${s.id}, ${seconds}::int)`;
  });
  await db.$executeRaw`
    UPDATE "ResponseWait" w SET ${Prisma.raw(`"${column}"`)} = v.secs
    FROM (VALUES ${Prisma.join(values)}) AS v(id, secs) WHERE w.id = v.id`;
}
