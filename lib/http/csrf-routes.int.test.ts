import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Discovers every route handler under app/api, so a route added later is covered automatically: a
// state-changing request from another site, with a signed-in owner's cookie, answers 403 before the
// route does anything. Excepted, with the reason:
const NOT_BROWSER_FORMS = [
  /^auth\//, // next-auth checks its own CSRF token
  /^inngest$/, // signed by Inngest
  /^webhooks?\//, // server to server, authenticated by their own secret or key
];

const modules = import.meta.glob<Record<string, unknown>>("/app/api/**/route.ts");
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"];

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;
beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "Cross-site", chats: 1 });
});
afterAll(() => db.cleanup());

const routes = Object.keys(modules)
  .map((file) => file.replace(/^\/app\/api\//, "").replace(/\/route\.ts$/, ""))
  .filter((r) => !NOT_BROWSER_FORMS.some((p) => p.test(r)));

describe("state-changing routes from another site", () => {
  it("finds the new team, label, bulk, presence and report routes", () => {
    for (const r of [
      "labels",
      "labels/[id]",
      "chats/[id]/labels",
      "bulk-jobs",
      "presence",
      "assignment",
      "assignment/members/[id]",
      "reports/settings",
      "chats/[id]/drafts/no-reply",
    ])
      expect(routes).toContain(r);
  });

  for (const route of routes) {
    it(`/api/${route} refuses a cross-site request with a member's cookie`, async () => {
      const mod = await modules[`/app/api/${route}/route.ts`]!();
      for (const method of MUTATING.filter((m) => typeof mod[m] === "function")) {
        const res = await callRoute(mod[method] as never, {
          method,
          url: `https://inbox.example.ru/api/${route}`,
          params: { id: fx.chatIds[0]! },
          body: method === "DELETE" ? undefined : {},
          userId: fx.owner.id,
          headers: {
            host: "inbox.example.ru",
            origin: "https://evil.example",
            "sec-fetch-site": "cross-site",
            "content-type": "application/json",
          },
        });
        expect(res.status, `${method} /api/${route}`).toBe(403);
        expect(res.json.error?.details?.reason, `${method} /api/${route}`).toBe("cross_site");
      }
    });
  }
});
