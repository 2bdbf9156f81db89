import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sendDueReviewRequests } from "@/lib/review-requests/sweep-review-requests";
import { failWhere } from "@/lib/test/fail-where";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Due review requests of many workspaces are claimed together: a fault in one (its data, its rows) must
// not stop the others of the batch.

vi.mock("@/lib/jobs/dispatch-event", () => ({ dispatchEvent: async () => {} }));

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());
afterEach(() => vi.restoreAllMocks());

async function queued(name: string, createdAt: Date) {
  const fx = await createWorkspaceFixture({ name, chats: 0 });
  const request = await db.prisma.reviewRequest.create({
    data: {
      workspaceId: fx.workspace.id,
      source: "IIKO",
      sourceEventId: `order-${name}`,
      phone: "+79991234567",
      createdAt,
      sendAt: createdAt,
      customerName: "Иван",
    },
  });
  return { workspaceId: fx.workspace.id, id: request.id };
}

describe("sendDueReviewRequests", () => {
  it("goes on with the other workspaces' requests when one request fails", async () => {
    const now = new Date("2026-01-15T08:00:00Z");
    const bad = await queued("Failing shop", new Date(now.getTime() - 120_000));
    const good = await queued("Healthy shop", new Date(now.getTime() - 60_000));
    failWhere(db.prisma.reviewOptOut, "findFirst", (args) => args.where?.workspaceId === bad.workspaceId);
    const result = await sendDueReviewRequests({ now });
    expect(result.outcomes).toMatchObject({ skipped: 1, error: 1 });
    expect(await db.prisma.reviewRequest.findUniqueOrThrow({ where: { id: good.id } })).toMatchObject({
      status: "SKIPPED",
      skipCode: "not_configured",
    });
    expect(await db.prisma.reviewRequest.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({
      status: "QUEUED",
    });
  });
});
