import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { untilDone } from "@/lib/test/until";

import * as testEvent from "@/app/api/review-integrations/[id]/test-event/route";
import * as integrations from "@/app/api/review-integrations/route";
import * as log from "@/app/api/review-requests/route";
import * as settings from "@/app/api/review-settings/route";
import { encryptSecret } from "@/lib/crypto/credentials";
import { env, resetEnvForTests } from "@/lib/env";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";
import { forgetReviewConfig } from "@/lib/review-requests/review-config";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Server-side request forgery through provider settings: a workspace owner (anyone who signs up) must
// not choose where the server sends, and what a provider answers must not come back raw.

const SMS_KEY = "smsru-secret-key-987654";
const SETTINGS = {
  channelOrder: ["sms"],
  delayMinutes: 0,
  quietHours: { start: "00:00", end: "00:00" },
  timeZone: "Europe/Moscow",
  frequencyDays: 0,
  businessName: "Альфа",
  reviewLink: "https://reviews.example.ru/alpha",
  templates: {},
};

let db: TestDatabase;
let ws: Awaited<ReturnType<typeof createWorkspaceFixture>>;
// Stands for an internal service an attacker wants the server to call.
let internal: Awaited<ReturnType<typeof startFakeServer>>;
// The server's configured SMS.ru stand-in, answering with a large error body.
let provider: Awaited<ReturnType<typeof startFakeServer>>;
const FILLER = "internal-admin-page ";

beforeAll(async () => {
  db = await createTestDatabase();
  ws = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
  internal = await startFakeServer(() => ({ json: { status: "OK", status_code: 100, secrets: "from the inside" } }));
  provider = await startFakeServer(() => ({
    status: 400,
    json: {
      status: "ERROR",
      status_code: 200,
      status_text: "Неправильный api_id",
      debug: FILLER.repeat(3_000),
      echo: SMS_KEY,
    },
  }));
  process.env.NOTIFY_SMSRU_BASE_URL = provider.baseUrl;
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.NOTIFY_SMSRU_BASE_URL;
  resetEnvForTests();
  await Promise.all([internal.close(), provider.close()]);
  await db.cleanup();
});

describe("provider hosts", () => {
  it.each(["smsRuBaseUrl", "metaBaseUrl", "exolveBaseUrl", "resendBaseUrl"])(
    "an owner cannot set %s through the settings API",
    async (field) => {
      const res = await callRoute(settings.PUT, {
        method: "PUT",
        body: { ...SETTINGS, credentials: { smsRuApiKey: SMS_KEY, [field]: internal.baseUrl } },
        userId: ws.owner.id,
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.json)).not.toContain(internal.baseUrl);
    },
  );

  it("a base URL stored before is ignored: the test event goes to the server's host, and the log holds a summary, not the answer", async () => {
    // As an older version stored it: the workspace's credentials carry a host of the workspace's choosing.
    const legacy = encryptSecret({
      plaintext: JSON.stringify({ smsRuApiKey: SMS_KEY, smsRuBaseUrl: internal.baseUrl }),
      key: env().APP_ENCRYPTION_KEY,
    });
    expect((await callRoute(settings.PUT, { method: "PUT", body: SETTINGS, userId: ws.owner.id })).status).toBe(200);
    await db.prisma.reviewSettings.update({
      where: { workspaceId: ws.workspace.id },
      data: { credentialsEnc: legacy },
    });
    forgetReviewConfig({ workspaceId: ws.workspace.id });

    const view = await callRoute(settings.GET, { userId: ws.owner.id });
    expect(JSON.stringify(view.json)).not.toContain(internal.baseUrl);

    const created = await callRoute(integrations.POST, {
      method: "POST",
      body: { source: "yclients" },
      userId: ws.owner.id,
    });
    expect(created.status).toBe(201);
    const sent = await callRoute(testEvent.POST, {
      method: "POST",
      params: { id: created.json.integration.id },
      body: {},
      userId: ws.owner.id,
    });
    expect(sent.status).toBe(201);
    const logged = await untilDone(
      () => callRoute(log.GET, { url: "http://localhost/api/review-requests?source=YCLIENTS", userId: ws.operator.id }),
      (r) => ["FAILED", "SENT"].includes(r.json.requests[0]?.status),
      10_000,
    );
    expect(internal.requests).toHaveLength(0);
    expect(provider.requests).toHaveLength(1);

    const row = logged.json.requests[0];
    expect(row.status).toBe("FAILED");
    const shown = JSON.stringify(row);
    expect(shown).not.toContain(FILLER);
    expect(shown).not.toContain(SMS_KEY);
    expect(shown.length).toBeLessThan(2_000);
    expect(row.providerResponse).toEqual([
      expect.objectContaining({
        provider: "sms_ru",
        status: "failed",
        httpStatus: 400,
        response: { httpStatus: 400, code: "200", message: "Неправильный api_id" },
      }),
    ]);
  });
});
