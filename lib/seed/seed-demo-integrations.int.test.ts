import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DEMO_INTEGRATION_KEYS, seedDemoIntegrations } from "@/lib/seed/seed-demo-integrations";
import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import * as webhook from "@/app/api/webhook/[source]/route";

vi.mock("@/lib/jobs/dispatch-event", () => ({ dispatchEvent: async () => {} }));

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());

describe("seedDemoIntegrations", () => {
  it("connects iiko, R-Keeper, YCLIENTS and amoCRM to the demo workspace with the README's keys", async () => {
    const { workspaceId } = await seedDemo({ now: new Date("2026-11-21T12:00:00Z") });
    const rows = await db.prisma.reviewIntegration.findMany({ where: { workspaceId } });
    expect(rows.map((r) => r.source).sort()).toEqual(["AMOCRM", "IIKO", "RKEEPER", "YCLIENTS"]);
    const cases = [
      ["iiko", "iiko-test-curl.json"],
      ["rkeeper", "rkeeper-test-curl.json"],
      ["yclients", "yclients-test-curl.json"],
      ["amocrm", "amocrm-test-curl.json"],
    ] as const;
    for (const [source, fixture] of cases) {
      expect(DEMO_INTEGRATION_KEYS[source]).toBe(`demo-${source}`);
      const res = await callRoute(webhook.POST as never, {
        method: "POST",
        url: `http://localhost/api/webhook/${source}?key=demo-${source}`,
        params: { source },
        body: loadFixture(fixture),
      });
      expect(res.status, source).toBe(200);
      expect(res.json.outcome).toBe("QUEUED");
    }
    // Seeding again (every start of the embedded default) adds nothing.
    expect(await seedDemoIntegrations({ workspaceId })).toEqual({ created: 0 });
    await seedDemo();
    expect(await db.prisma.reviewIntegration.count({ where: { workspaceId } })).toBe(4);
  });

  it("refuses to give the well-known keys to any other workspace", async () => {
    const other = await createWorkspaceFixture({ name: "Other", chats: 0 });
    await expect(seedDemoIntegrations({ workspaceId: other.workspace.id })).rejects.toThrow(/demo workspace only/);
    expect(await db.prisma.reviewIntegration.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
  });
});
