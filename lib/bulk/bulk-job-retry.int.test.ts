import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { callRoute } from "@/lib/test/call-route";
import { runBulkJob } from "@/lib/bulk/run-bulk-job";
import { Prisma } from "@/lib/generated/prisma/client";
import { dictionaries } from "@/lib/i18n/dictionaries";
import * as job from "@/app/api/bulk-jobs/[id]/route";

// A fault planted in a batch's transaction, after its work: the batch rolls back as a real failure would.
const faults = vi.hoisted(() => ({ plan: [] as { batch: number; error: () => unknown; times: number }[], batches: 0 }));
vi.mock("@/lib/bulk/apply-bulk-action", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/bulk/apply-bulk-action")>();
  return {
    applyBulkAction: async (args: Parameters<typeof real.applyBulkAction>[0]) => {
      const changed = await real.applyBulkAction(args);
      const batch = ++faults.batches;
      const fault = faults.plan.find((f) => f.batch === batch && f.times > 0);
      if (fault) {
        fault.times -= 1;
        faults.batches -= 1; // the same batch comes again
        throw fault.error();
      }
      return changed;
    },
  };
});

const known = (code: string, message: string) => () =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "6.19.3" });
const writeConflict = known(
  "P2034",
  "Transaction failed due to a write conflict or a deadlock. Please retry your transaction",
);
const connectionClosed = known("P1017", "Server has closed the connection.");

let db: TestDatabase;
let n = 0;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.cleanup();
});
beforeEach(() => {
  faults.plan = [];
  faults.batches = 0;
});

async function resolveJob(chats = 6) {
  const c = await createWorkspaceFixture({ name: `Retry ${n}`, chats });
  const row = await db.prisma.bulkJob.create({
    data: {
      workspaceId: c.workspace.id,
      requestKey: `retry-key-${n++}`,
      action: { type: "resolve" },
      chatIds: c.chatIds,
      total: c.chatIds.length,
    },
  });
  return { c, jobId: row.id };
}
const state = (id: string) =>
  db.prisma.bulkJob.findUniqueOrThrow({
    where: { id },
    select: { status: true, processed: true, changed: true, failureReason: true },
  });

describe("a bulk job meeting database errors", () => {
  it("retries a batch that hit a write conflict and finishes, each chat changed once", async () => {
    const { c, jobId } = await resolveJob();
    faults.plan = [{ batch: 2, error: writeConflict, times: 2 }];
    await runBulkJob({ jobId, batchSize: 2 });
    expect(await state(jobId)).toEqual({ status: "DONE", processed: 6, changed: 6, failureReason: null });
    expect(await db.prisma.chat.count({ where: { workspaceId: c.workspace.id, status: "RESOLVED" } })).toBe(6);
  });

  it("keeps a job whose database stays away RUNNING at its progress, and the next run resumes after it", async () => {
    const { c, jobId } = await resolveJob();
    faults.plan = [{ batch: 2, error: connectionClosed, times: 1_000 }];
    await runBulkJob({ jobId, batchSize: 2 });
    expect(await state(jobId)).toEqual({ status: "RUNNING", processed: 2, changed: 2, failureReason: null });
    expect(await db.prisma.chat.count({ where: { workspaceId: c.workspace.id, status: "RESOLVED" } })).toBe(2);

    faults.plan = [];
    faults.batches = 0;
    await runBulkJob({ jobId, batchSize: 2 });
    expect(await state(jobId)).toEqual({ status: "DONE", processed: 6, changed: 6, failureReason: null });
    expect(await db.prisma.chat.count({ where: { workspaceId: c.workspace.id, status: "RESOLVED" } })).toBe(6);
  });

  it("ends the job FAILED on an error a retry cannot pass, with a reason the screen words, never the raw message", async () => {
    const { c, jobId } = await resolveJob(4);
    faults.plan = [{ batch: 2, error: () => new Error("relation secret_internal_table is broken"), times: 1 }];
    await runBulkJob({ jobId, batchSize: 2 });
    expect(await state(jobId)).toEqual({ status: "FAILED", processed: 2, changed: 2, failureReason: "error" });
    expect(faults.plan[0]?.times).toBe(0); // tried once: no retry of what cannot pass

    const shown = await callRoute(job.GET, { params: { id: jobId }, userId: c.operator.id });
    expect(shown.json).toMatchObject({ status: "FAILED", failureReason: "error" });
    expect(JSON.stringify(shown.json)).not.toContain("secret_internal_table");
  });

  it("says the job cannot be read when its stored chats are not a list", async () => {
    const c = await createWorkspaceFixture({ name: "Unreadable", chats: 1 });
    const row = await db.prisma.bulkJob.create({
      data: {
        workspaceId: c.workspace.id,
        requestKey: `retry-key-${n++}`,
        action: { type: "resolve" },
        chatIds: { not: "a list" },
        total: 1,
      },
    });
    await runBulkJob({ jobId: row.id });
    expect(await state(row.id)).toMatchObject({ status: "FAILED", failureReason: "invalid_job" });
  });

  it("words every failure reason in Russian and English", () => {
    for (const reason of ["error", "invalid_job"] as const) {
      expect(dictionaries.ru.ops.bulk.failedReason[reason]).toMatch(/[а-яё]/i);
      expect(dictionaries.en.ops.bulk.failedReason[reason]).toMatch(/^[\x20-\x7e’«»—]+$/);
    }
  });
});
