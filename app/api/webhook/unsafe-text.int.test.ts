import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as webhook from "@/app/api/webhook/[source]/route";
import { createReviewIntegration } from "@/lib/review-requests/create-review-integration";
import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// POS/CRM events are group-committed like marketplace pushes: one tenant's event with text no
// database can store (a NUL, a lone surrogate) is refused with 400 and fails none of the others.
vi.mock("@/lib/jobs/dispatch-event", () => ({ dispatchEvent: async () => {} }));

let db: TestDatabase;
let badKey: string;
let goodKey: string;
let goodWorkspaceId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const bad = await createWorkspaceFixture({ name: "Плохие байты", chats: 0 });
  const good = await createWorkspaceFixture({ name: "Хорошие байты", chats: 0 });
  goodWorkspaceId = good.workspace.id;
  badKey = (await createReviewIntegration({ workspaceId: bad.workspace.id, input: { source: "iiko" } })).key;
  goodKey = (await createReviewIntegration({ workspaceId: good.workspace.id, input: { source: "iiko" } })).key;
});
afterAll(() => db.cleanup());

function order(id: string, name: string) {
  const body = JSON.parse(loadFixture("iiko-delivery-order-update.json")) as Record<string, any>;
  body.eventInfo.id = id;
  body.eventInfo.order.customer.name = name;
  return JSON.stringify(body);
}

const post = (key: string, body: string, contentType = "application/json") =>
  callRoute(webhook.POST as never, {
    method: "POST",
    url: `http://localhost/api/webhook/iiko?key=${key}`,
    params: { source: "iiko" },
    body,
    headers: { "content-type": contentType },
  });

describe("POST /api/webhook/[source] with unstorable text", () => {
  it("refuses the bad tenant's events with 400 and a reason; the other tenant's events in the same batches are stored", async () => {
    const bad = [
      order("bad-1", "Иван\u0000"),
      order("bad-2", "Иван\ud800"),
      order("bad-3", "Иван").replace("Иван", "Иван\u0000"),
    ];
    const calls = Array.from({ length: 30 }, (_, i) => [
      { bad: false, answer: post(goodKey, order(`good-${i}`, `Покупатель ${i}`)) },
      ...(i % 10 === 3 ? [{ bad: true, answer: post(badKey, bad[(i - 3) / 10]!) }] : []),
    ]).flat();
    const answers = await Promise.all(calls.map(async (c) => ({ bad: c.bad, ...(await c.answer) })));
    const badAnswers = answers.filter((a) => a.bad);
    expect(badAnswers.map((a) => a.status)).toEqual([400, 400, 400]);
    for (const a of badAnswers) expect(a.json.error.message).toMatch(/NUL|суррогат/);
    expect(answers.filter((a) => !a.bad).map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(await db.prisma.reviewRequest.count({ where: { workspaceId: goodWorkspaceId } })).toBe(30);
  });

  it("reads a NUL out of a form-encoded body too", async () => {
    const res = await post(badKey, "eventInfo[id]=x%00y", "application/x-www-form-urlencoded");
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/NUL/);
  });
});
