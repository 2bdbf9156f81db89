import { afterAll, beforeAll } from "vitest";
import * as webhook from "@/app/api/webhook/[source]/route";
import { createReviewIntegration } from "@/lib/review-requests/create-review-integration";
import type { SourceSlug } from "@/lib/review-requests/source-slug";
import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

type Post = {
  source: string;
  body: string;
  key?: string | null;
  via?: "query" | "header" | "bearer";
  contentType?: string;
  headers?: Record<string, string>;
};

export const json = (value: unknown) => JSON.stringify(value);
export const fixture = (name: string) => JSON.parse(loadFixture(name)) as Record<string, any>;
/** A vendor's sample payload with one field changed (a fresh id, another status). */
export const withId = (name: string, path: (body: Record<string, any>) => void) => {
  const body = fixture(name);
  path(body);
  return json(body);
};

/**
 * A test file's POS/CRM webhook world: a database and a workspace with an integration (and its key) for every
 * source, opened before the file's tests; `post` calls the real webhook route with the source's key.
 */
export function reviewWebhookWorldPerFile() {
  const w = {
    db: undefined as unknown as TestDatabase,
    ws: undefined as unknown as Awaited<ReturnType<typeof createWorkspaceFixture>>,
    keys: {} as Record<SourceSlug, string>,
    post({ source, body, key, via = "query", contentType = "application/json", headers = {} }: Post) {
      const k = key === undefined ? w.keys[source as SourceSlug] : key;
      const url = new URL(`http://localhost/api/webhook/${source}`);
      const h: Record<string, string> = { "content-type": contentType, ...headers };
      if (k !== null && k !== undefined) {
        if (via === "query") url.searchParams.set("key", k);
        if (via === "header") h["x-api-key"] = k;
        if (via === "bearer") h.authorization = `Bearer ${k}`;
      }
      return callRoute(webhook.POST as never, {
        method: "POST",
        url: url.toString(),
        params: { source },
        body,
        headers: h,
      });
    },
    requestsFor: (sourceEventId: string) =>
      w.db.prisma.reviewRequest.findMany({ where: { workspaceId: w.ws.workspace.id, sourceEventId } }),
    lastEvent: () =>
      w.db.prisma.reviewWebhookEvent.findFirstOrThrow({
        where: { workspaceId: w.ws.workspace.id },
        orderBy: { receivedAt: "desc" },
      }),
  };
  beforeAll(async () => {
    w.db = await createTestDatabase();
    w.ws = await createWorkspaceFixture({ name: "Кофейня", chats: 0 });
    for (const source of ["iiko", "rkeeper", "yclients", "amocrm"] as const) {
      w.keys[source] = (await createReviewIntegration({ workspaceId: w.ws.workspace.id, input: { source } })).key;
    }
  });
  afterAll(() => w.db.cleanup());
  return w;
}
