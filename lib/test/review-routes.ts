import { expect } from "vitest";
import * as integrations from "@/app/api/review-integrations/route";
import * as webhook from "@/app/api/webhook/[source]/route";
import { callRoute } from "@/lib/test/call-route";
import type { createWorkspaceFixture } from "@/lib/test/fixtures";

// Helpers of the review-request route tests: an owner connecting a source, and a push to the webhook with its key.

/** Connects a POS/CRM source as the workspace's owner; the answer holds the key, shown this once. */
export async function connect(ws: Awaited<ReturnType<typeof createWorkspaceFixture>>, source: string) {
  const res = await callRoute(integrations.POST, { method: "POST", body: { source }, userId: ws.owner.id });
  expect(res.status).toBe(201);
  return res.json as { integration: { id: string; keyHint: string; webhookPath: string }; key: string };
}

export function sendWebhook(source: string, key: string, body: string) {
  return callRoute(webhook.POST as never, {
    method: "POST",
    url: `http://localhost/api/webhook/${source}?key=${encodeURIComponent(key)}`,
    params: { source },
    body,
  });
}
