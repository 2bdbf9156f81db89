import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";

// Discovers every route handler under app/api, so a route added later is covered automatically:
// without a session each answers 401, except the public ones listed here with the reason.
const PUBLIC = [
  /^auth\//, // next-auth itself
  /^signup$/, // creating an account
  /^signup\/verify$/, // confirming a sign-up with the emailed token
  /^password-reset(\/confirm)?$/, // "forgot password" and setting a new one with the emailed token
  /^invites\/accept$/, // joining with an invitation token
  /^locale$/, // language of the sign-in page
  /^health$/, // liveness probe
  /^inngest$/, // signed by Inngest
  /^webhooks?\//, // authenticated by their own secret or key
];

const modules = import.meta.glob<Record<string, unknown>>("/app/api/**/route.ts");

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());

const routes = Object.keys(modules)
  .map((file) => file.replace(/^\/app\/api\//, "").replace(/\/route\.ts$/, ""))
  .filter((r) => !PUBLIC.some((p) => p.test(r)));

describe("member routes without a session", () => {
  it("finds the routes", () => expect(routes.length).toBeGreaterThanOrEqual(4));
  for (const route of routes) {
    it(`/api/${route} answers 401 to every method`, async () => {
      const mod = await modules[`/app/api/${route}/route.ts`]!();
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function");
      expect(methods.length).toBeGreaterThan(0);
      for (const method of methods) {
        const res = await callRoute(mod[method] as never, {
          method,
          params: { id: "x" },
          body: method === "GET" || method === "DELETE" ? undefined : {},
        });
        expect(res.status, `${method} /api/${route}`).toBe(401);
      }
    });
  }
});
