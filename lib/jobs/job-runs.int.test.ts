import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimJobPeriod, periodStart, pruneJobRuns, runOncePerPeriod } from "@/lib/jobs/job-runs";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe("the JobRun ledger", () => {
  it("of claims for one period made at the same moment, exactly one wins; the next period is free again", async () => {
    const now = new Date("2026-12-06T10:00:30.500Z");
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => claimJobPeriod({ job: "sweep", everyMs: 60_000, now })),
    );
    expect(claims.filter(Boolean)).toEqual([new Date("2026-12-06T10:00:00.000Z")]);
    expect(
      await claimJobPeriod({ job: "sweep", everyMs: 60_000, now: new Date("2026-12-06T10:00:59.999Z") }),
    ).toBeNull();
    expect(await claimJobPeriod({ job: "other", everyMs: 60_000, now })).not.toBeNull();
    expect(await claimJobPeriod({ job: "sweep", everyMs: 60_000, now: new Date("2026-12-06T10:01:00.000Z") })).toEqual(
      new Date("2026-12-06T10:01:00.000Z"),
    );
  });

  it("runs the job once across concurrent ticks and records how it ended", async () => {
    let runs = 0;
    const tick = () => runOncePerPeriod({ job: "ticked", everyMs: 3_600_000, run: async () => ++runs });
    const results = await Promise.all([tick(), tick(), tick()]);
    expect(runs).toBe(1);
    expect(results.filter((r) => r !== undefined)).toEqual([1]);
    const row = await db.prisma.jobRun.findFirstOrThrow({ where: { job: "ticked" } });
    expect(row.finishedAt).not.toBeNull();
    expect(row.error).toBeNull();
    expect(row.periodStart).toEqual(periodStart({ everyMs: 3_600_000, now: new Date() }));

    await expect(
      runOncePerPeriod({ job: "failing", everyMs: 3_600_000, run: async () => Promise.reject(new Error("boom")) }),
    ).rejects.toThrow("boom");
    expect(await db.prisma.jobRun.findFirstOrThrow({ where: { job: "failing" } })).toMatchObject({ error: "boom" });
  });

  it("prunes rows older than two days", async () => {
    const old = new Date(Date.now() - 3 * 86_400_000);
    await db.prisma.jobRun.create({ data: { job: "old", periodStart: old, instance: "x", startedAt: old } });
    expect(await pruneJobRuns()).toEqual({ pruned: 1 });
    expect(await db.prisma.jobRun.count({ where: { job: "old" } })).toBe(0);
  });
});
