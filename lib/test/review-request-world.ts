import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { startFakeServer, type FakeReply, type RecordedRequest } from "@/lib/notify/testing/fake-http-server";
import { requestReasonText, storedRequestReason } from "@/lib/review-requests/request-reason";
import type { UpdateReviewSettingsInput } from "@/lib/review-requests/review-settings-schema";
import { updateReviewSettings } from "@/lib/review-requests/update-review-settings";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

export const SMS_OK = (id: string): FakeReply => ({
  json: { status: "OK", status_code: 100, sms: { "79991234567": { status: "OK", status_code: 100, sms_id: id } } },
});
export const SMS_KEY = "smsru-secret-key-123";
export const META_TOKEN = "meta-secret-token-456";

const PROVIDER_HOST_VARS = ["NOTIFY_SMSRU_BASE_URL", "NOTIFY_META_BASE_URL", "RESEND_BASE_URL"] as const;

let db: TestDatabase;
let ws: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let fake: Awaited<ReturnType<typeof startFakeServer>>;
/** The stand-in providers' answers by path; each test starts from SMS.ru and WhatsApp accepting. */
let replies: Record<string, FakeReply | ((r: RecordedRequest) => FakeReply)>;
let seq = 0;

// 11:00 in Moscow (UTC+3) on a weekday: outside quiet hours.
export const T0 = new Date("2026-01-15T08:00:00Z");
export const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

async function configure(overrides: Partial<UpdateReviewSettingsInput> = {}, { sms = true, whatsapp = false } = {}) {
  await updateReviewSettings({
    workspaceId: ws.workspace.id,
    input: {
      channelOrder: ["sms", "whatsapp", "email"],
      delayMinutes: 0,
      quietHours: { start: "21:00", end: "09:00" },
      timeZone: "Europe/Moscow",
      frequencyDays: 30,
      businessName: "Кофейня на Арбате",
      reviewLink: "https://reviews.example.ru/arbat",
      templates: {},
      ...overrides,
      credentials: {
        ...(sms ? { smsRuApiKey: SMS_KEY } : {}),
        ...(whatsapp ? { metaAccessToken: META_TOKEN, metaPhoneNumberId: "123456" } : {}),
        ...overrides.credentials,
      },
    },
  });
}

async function queued({
  phone = "+79991234567",
  createdAt = T0,
  occurredAt,
  isTest = false,
  email,
}: { phone?: string; createdAt?: Date; occurredAt?: Date; isTest?: boolean; email?: string } = {}) {
  return db.prisma.reviewRequest.create({
    data: {
      workspaceId: ws.workspace.id,
      source: "IIKO",
      sourceEventId: `order-${++seq}`,
      phone,
      email,
      createdAt,
      sendAt: createdAt,
      occurredAt,
      isTest,
      customerName: "Иван",
    },
  });
}
const reload = (id: string) => db.prisma.reviewRequest.findUniqueOrThrow({ where: { id } });
// A stored reason as the log words it in `locale`.
export const worded = (row: { reason: string | null; reasonParams: unknown }, locale: "ru" | "en") =>
  requestReasonText(storedRequestReason({ reason: row.reason!, reasonParams: row.reasonParams }), locale);
const smsCalls = () => fake.requests.filter((r) => r.url === "/sms/send");

/**
 * A test file's review-request world: a database, stand-in SMS.ru / WhatsApp / Resend hosts (server configuration,
 * as on a staging server), a fresh workspace before each test; and the helpers that configure it and queue requests.
 */
export function reviewRequestWorldPerFile() {
  beforeAll(async () => {
    db = await createTestDatabase();
    fake = await startFakeServer((request) => {
      const path = request.url.split("?")[0]!;
      const reply = replies[path];
      return typeof reply === "function" ? reply(request) : (reply ?? { status: 404, json: { error: "no route" } });
    });
    // The providers' hosts are server configuration (a staging stand-in), never a workspace setting.
    for (const name of PROVIDER_HOST_VARS) process.env[name] = fake.baseUrl;
    resetEnvForTests();
  });
  afterAll(async () => {
    for (const name of PROVIDER_HOST_VARS) delete process.env[name];
    resetEnvForTests();
    await fake.close();
    await db.cleanup();
  });
  beforeEach(async () => {
    ws = await createWorkspaceFixture({ name: `Кофейня ${++seq}`, chats: 0 });
    fake.requests.length = 0;
    replies = { "/sms/send": SMS_OK("sms-1"), "/v21.0/123456/messages": { json: { messages: [{ id: "wamid.1" }] } } };
  });
  afterEach(() => vi.useRealTimers());
  return {
    get db() {
      return db;
    },
    get ws() {
      return ws;
    },
    get fake() {
      return fake;
    },
    get replies() {
      return replies;
    },
    configure,
    queued,
    reload,
    smsCalls,
  };
}
