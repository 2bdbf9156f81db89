import os from "node:os";
import { prisma } from "@/lib/db";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";

/** This process, as the JobRun ledger names it. */
export const INSTANCE_ID = `${os.hostname()}:${process.pid}`;

export function periodStart({ everyMs, now }: { everyMs: number; now: Date }): Date {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs);
}

/**
 * Claims the job's current period for this instance: the first to insert the (job, period) row runs
 * it, every other instance ticking in the same period finds it taken. An instance that dies mid-run
 * leaves the period unfinished (finishedAt null); the next period runs as usual.
 */
export async function claimJobPeriod({
  job,
  everyMs,
  now = new Date(),
}: {
  job: string;
  everyMs: number;
  now?: Date;
}): Promise<Date | null> {
  const start = periodStart({ everyMs, now });
  const { count } = await prisma().jobRun.createMany({
    data: [{ job, periodStart: start, instance: INSTANCE_ID }],
    skipDuplicates: true,
  });
  return count === 1 ? start : null;
}

export async function finishJobRun({
  job,
  periodStart,
  error,
}: {
  job: string;
  periodStart: Date;
  error?: string;
}): Promise<void> {
  await prisma().jobRun.update({
    where: { job_periodStart: { job, periodStart } },
    data: { finishedAt: new Date(), error: error?.slice(0, 1000) ?? null },
  });
}

/** Runs `run` only if this instance claimed the period; records how it ended. */
export async function runOncePerPeriod({
  job,
  everyMs,
  run,
}: {
  job: string;
  everyMs: number;
  run: () => Promise<unknown>;
}): Promise<unknown> {
  const start = await claimJobPeriod({ job, everyMs });
  if (!start) return undefined;
  try {
    const result = await run();
    await finishJobRun({ job, periodStart: start });
    return result;
  } catch (error) {
    await finishJobRun({ job, periodStart: start, error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/** The ledger keeps two days, enough to see what ran when. */
export async function pruneJobRuns({ now = new Date() }: { now?: Date } = {}) {
  const { count } = await prisma().jobRun.deleteMany({
    where: { startedAt: { lt: elapsedDaysAfter({ at: now, days: -2 }) } },
  });
  return { pruned: count };
}
