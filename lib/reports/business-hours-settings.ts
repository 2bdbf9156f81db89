import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { daysOffSchema, storedWeeklySchema, type BusinessHoursInput } from "@/lib/reports/business-hours";
import { recomputeBusinessSeconds } from "@/lib/reports/backfill-response-waits";

export async function getBusinessHoursSettings({ workspaceId }: { workspaceId: string }): Promise<BusinessHoursInput> {
  const ws = await prisma().workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { timeZone: true, reportSettings: true },
  });
  const weekly = storedWeeklySchema.safeParse(ws.reportSettings?.weekly);
  const daysOff = daysOffSchema.safeParse(ws.reportSettings?.daysOff);
  return {
    timeZone: ws.timeZone,
    weekly: weekly.success ? weekly.data : null,
    daysOff: daysOff.success ? daysOff.data : [],
    slaBusinessHours: ws.reportSettings?.slaBusinessHours ?? false,
  };
}

/**
 * Owners set the business hours, the time zone and whether the SLA counts business hours only. A change
 * of hours or zone recounts the workspace's waits and rollups, so the report reads the same rules throughout.
 */
export async function updateBusinessHoursSettings({
  workspaceId,
  input,
}: {
  workspaceId: string;
  input: BusinessHoursInput;
}) {
  await assertDatabaseTimeZone(input.timeZone);
  const before = await getBusinessHoursSettings({ workspaceId });
  const data = {
    weekly: input.weekly ?? Prisma.DbNull,
    daysOff: input.daysOff,
    slaBusinessHours: input.slaBusinessHours,
  };
  await prisma().$transaction([
    prisma().workspace.update({ where: { id: workspaceId }, data: { timeZone: input.timeZone } }),
    prisma().reportSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...data }, update: data }),
  ]);
  const changed =
    JSON.stringify([before.timeZone, before.weekly, before.daysOff]) !==
    JSON.stringify([input.timeZone, input.weekly, input.daysOff]);
  if (changed) await recomputeBusinessSeconds({ db: prisma(), workspaceId });
  return getBusinessHoursSettings({ workspaceId });
}

/**
 * The rollups group by day in SQL (`AT TIME ZONE`), so the zone must be one the database knows too: the
 * browser's list has names the database's tz data may lack (US/Pacific-New), and such a zone would fail
 * every later write of the workspace's figures (and its messages' transactions with them).
 */
async function assertDatabaseTimeZone(timeZone: string): Promise<void> {
  // A lookup, not a trial conversion: a failing database stays a server error, never "unknown zone".
  const [known] = await prisma().$queryRaw<
    { known: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = ${timeZone}) AS known`;
  if (!known?.known)
    throw new AppError("bad_request", "The database does not know this time zone", {
      details: { reason: "unknown_time_zone" },
    });
}
