import { describe, expect, it, vi } from "vitest";
import {
  META_TOKEN,
  minutes,
  reviewRequestWorldPerFile,
  SMS_KEY,
  SMS_OK,
  T0,
  worded,
} from "@/lib/test/review-request-world";
import { callRoute } from "@/lib/test/call-route";
import { createReviewIntegration } from "@/lib/review-requests/create-review-integration";
import { addOptOut } from "@/lib/review-requests/opt-outs";
import { processReviewRequest } from "@/lib/review-requests/process-review-request";
import { HANDOFF_GRACE_MS, sweepReviewRequests } from "@/lib/review-requests/sweep-review-requests";
import { updateReviewSettings } from "@/lib/review-requests/update-review-settings";
import { loadFixture } from "@/lib/review-requests/sources/fixtures/load-fixture";
import * as webhook from "@/app/api/webhook/[source]/route";

// The hand-off after the webhook answer is dropped here, as if the process died right after
// acknowledging: whatever gets sent, the sweep or an explicit processReviewRequest sends.
vi.mock("@/lib/jobs/dispatch-event", () => ({ dispatchEvent: async () => {} }));

const w = reviewRequestWorldPerFile();

describe("processReviewRequest", () => {
  it("without provider keys: skipped as 'not sent: provider not configured', the message kept in the log", async () => {
    const request = await w.queued();
    expect(await processReviewRequest({ requestId: request.id, now: minutes(T0, 1) })).toEqual({ outcome: "skipped" });
    const row = await w.reload(request.id);
    expect(row).toMatchObject({
      status: "SKIPPED",
      skipCode: "not_configured",
      reason: "not_configured",
      reasonParams: null,
      lockedUntil: null,
    });
    expect(row.providerResponse).toMatchObject({ notSent: true });
    expect(JSON.stringify(row.providerResponse)).toContain(w.ws.workspace.name);
    expect(w.fake.requests).toHaveLength(0);
  });

  it("sends over SMS.ru with the rendered template and logs the sanitized answer", async () => {
    await w.configure();
    const request = await w.queued();
    expect(await processReviewRequest({ requestId: request.id, now: minutes(T0, 1) })).toEqual({ outcome: "sent" });
    const row = await w.reload(request.id);
    expect(row).toMatchObject({
      status: "SENT",
      channel: "SMS",
      provider: "sms_ru",
      providerMessageId: "sms-1",
      attemptCount: 1,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    const form = new URLSearchParams(w.smsCalls()[0]!.body);
    expect(form.get("api_id")).toBe(SMS_KEY);
    expect(form.get("to")).toBe("79991234567");
    expect(form.get("msg")).toBe(
      "Спасибо, что выбрали Кофейня на Арбате! Оцените нас: https://reviews.example.ru/arbat",
    );
    expect(JSON.stringify(row.providerResponse)).not.toContain(SMS_KEY);
  });

  it("holds SMS during quiet hours in the business's zone and sends in the morning", async () => {
    await w.configure();
    const evening = new Date("2026-01-15T19:30:00Z"); // 22:30 in Moscow
    const request = await w.queued({ createdAt: evening });
    expect(await processReviewRequest({ requestId: request.id, now: minutes(evening, 1) })).toEqual({
      outcome: "deferred",
    });
    const waiting = await w.reload(request.id);
    expect(waiting).toMatchObject({ status: "QUEUED", deferredByQuietHours: true, lockedUntil: null });
    expect(waiting.sendAt.toISOString()).toBe("2026-01-16T06:00:00.000Z"); // 09:00 in Moscow
    expect((await sweepReviewRequests({ now: new Date("2026-01-16T05:59:00Z") })).due).toBe(0);
    expect(w.smsCalls()).toHaveLength(0);
    const morning = await sweepReviewRequests({ now: new Date("2026-01-16T06:00:30Z") });
    expect(morning.outcomes).toEqual({ sent: 1 });
    expect((await w.reload(request.id)).status).toBe("SENT");
  });

  it("quiet hours follow the configured time zone", async () => {
    await w.configure({ timeZone: "Asia/Vladivostok" }); // UTC+10: 08:00Z is 18:00 there, 12:00Z is 22:00
    const request = await w.queued({ createdAt: new Date("2026-01-15T12:00:00Z") });
    expect((await processReviewRequest({ requestId: request.id, now: new Date("2026-01-15T12:01:00Z") })).outcome).toBe(
      "deferred",
    );
    expect((await w.reload(request.id)).sendAt.toISOString()).toBe("2026-01-15T23:00:00.000Z"); // 09:00 next day there
  });

  it("waits the configured delay after the event", async () => {
    await w.configure({ delayMinutes: 45 });
    const request = await w.queued({ occurredAt: T0 });
    expect((await processReviewRequest({ requestId: request.id, now: minutes(T0, 1) })).outcome).toBe("deferred");
    expect((await w.reload(request.id)).sendAt.toISOString()).toBe(minutes(T0, 45).toISOString());
    expect(w.smsCalls()).toHaveLength(0);
    expect((await processReviewRequest({ requestId: request.id, now: minutes(T0, 46) })).outcome).toBe("sent");
  });

  it("honours the stop list, whatever format the phone was added in", async () => {
    await w.configure();
    await addOptOut({ workspaceId: w.ws.workspace.id, input: { contact: "8 (999) 123-45-67" } });
    const request = await w.queued();
    expect((await processReviewRequest({ requestId: request.id, now: minutes(T0, 1) })).outcome).toBe("skipped");
    expect(await w.reload(request.id)).toMatchObject({ status: "SKIPPED", skipCode: "opted_out" });
    expect(w.fake.requests).toHaveLength(0);
  });

  it("honours an opted-out email on the email channel too", async () => {
    await w.configure({ channelOrder: ["email"] }, { sms: false });
    await updateReviewSettings({
      workspaceId: w.ws.workspace.id,
      input: {
        channelOrder: ["email"],
        delayMinutes: 0,
        quietHours: { start: "21:00", end: "09:00" },
        timeZone: "Europe/Moscow",
        frequencyDays: 30,
        businessName: "К",
        reviewLink: "https://r.example.ru",
        templates: {},
        credentials: { resendApiKey: "re_key_123456", resendFrom: "noreply@example.ru" },
      },
    });
    await addOptOut({ workspaceId: w.ws.workspace.id, input: { contact: "Ivan@Example.ru" } });
    const request = await w.queued({ email: "ivan@example.ru" });
    await processReviewRequest({ requestId: request.id, now: minutes(T0, 1) });
    expect(await w.reload(request.id)).toMatchObject({ status: "SKIPPED", skipCode: "opted_out" });
    expect(w.fake.requests).toHaveLength(0);
  });

  it("sends at most one request per phone per 30 days, configurable", async () => {
    await w.configure();
    const previous = await w.queued({ createdAt: minutes(T0, -10 * 24 * 60) });
    await w.db.prisma.reviewRequest.update({
      where: { id: previous.id },
      data: { status: "SENT", sentAt: previous.createdAt },
    });
    const request = await w.queued();
    await processReviewRequest({ requestId: request.id, now: minutes(T0, 1) });
    expect(await w.reload(request.id)).toMatchObject({ status: "SKIPPED", skipCode: "frequency_limit" });
    const limited = await w.reload(request.id);
    expect(limited).toMatchObject({
      reason: "frequency_limit",
      reasonParams: { days: 30, last: expect.stringMatching(/^\d\d\.\d\d\.\d{4}$/) },
    });
    expect(worded(limited, "ru")).toMatch(/не чаще раза в 30 дней$/);
    expect(worded(limited, "en")).toMatch(/^This number already got a request on .+; at most once every 30 days$/);

    await w.configure({ frequencyDays: 7 });
    const next = await w.queued({ createdAt: minutes(T0, 2) });
    expect((await processReviewRequest({ requestId: next.id, now: minutes(T0, 3) })).outcome).toBe("sent");
  });

  it("a phone's earliest request wins its window, whichever worker runs first", async () => {
    await w.configure();
    const first = await w.queued({ createdAt: T0 });
    const second = await w.queued({ createdAt: minutes(T0, 1) });
    expect((await processReviewRequest({ requestId: second.id, now: minutes(T0, 2) })).outcome).toBe("skipped");
    expect((await processReviewRequest({ requestId: first.id, now: minutes(T0, 2) })).outcome).toBe("sent");
    expect(await w.reload(second.id)).toMatchObject({ status: "SKIPPED", skipCode: "frequency_limit" });
    expect(w.smsCalls()).toHaveLength(1);
  });

  it("two workers on one request send it once (the lease)", async () => {
    await w.configure();
    w.replies["/sms/send"] = { ...SMS_OK("sms-slow"), delayMs: 100 };
    const request = await w.queued();
    const results = await Promise.all(
      [1, 2, 3].map(() => processReviewRequest({ requestId: request.id, now: minutes(T0, 1) })),
    );
    expect(results.map((r) => r.outcome).sort()).toEqual(["busy", "busy", "sent"]);
    expect(w.smsCalls()).toHaveLength(1);
  });

  it("falls back to WhatsApp when SMS.ru refuses, logging both attempts", async () => {
    await w.configure({}, { whatsapp: true });
    w.replies["/sms/send"] = {
      json: { status: "ERROR", status_code: 207, status_text: "На этот номер нельзя отправлять сообщения" },
    };
    const request = await w.queued();
    expect((await processReviewRequest({ requestId: request.id, now: minutes(T0, 1) })).outcome).toBe("sent");
    const row = await w.reload(request.id);
    expect(row).toMatchObject({
      status: "SENT",
      channel: "WHATSAPP",
      provider: "meta_whatsapp",
      providerMessageId: "wamid.1",
    });
    expect(row.providerResponse).toMatchObject([
      { provider: "sms_ru", status: "failed" },
      { provider: "meta_whatsapp", status: "sent" },
    ]);
    expect(JSON.stringify(row.providerResponse)).not.toContain(META_TOKEN);
  });

  it("retries a temporary provider failure later, then gives up with the reason", async () => {
    await w.configure();
    w.replies["/sms/send"] = { status: 503, text: "maintenance" };
    const request = await w.queued();
    expect((await processReviewRequest({ requestId: request.id, now: minutes(T0, 1) })).outcome).toBe("retry");
    let row = await w.reload(request.id);
    expect(row).toMatchObject({ status: "QUEUED", attemptCount: 1 });
    expect(row.sendAt.toISOString()).toBe(minutes(T0, 6).toISOString());
    expect(row).toMatchObject({
      reason: "retry",
      reasonParams: {
        minutes: 5,
        reason: { code: "provider_failed", params: { detail: expect.stringContaining("HTTP 503") } },
      },
    });
    expect(worded(row, "ru")).toMatch(/^Не отправлено: .*HTTP 503 — повторим через 5 минут$/);
    expect(worded(row, "en")).toMatch(/^Not sent: .*HTTP 503 — will retry in 5 minutes$/);
    expect((await processReviewRequest({ requestId: request.id, now: minutes(T0, 2) })).outcome).toBe("busy"); // not due yet
    expect((await processReviewRequest({ requestId: request.id, now: minutes(T0, 7) })).outcome).toBe("retry");
    expect((await processReviewRequest({ requestId: request.id, now: minutes(T0, 40) })).outcome).toBe("failed");
    row = await w.reload(request.id);
    expect(row).toMatchObject({ status: "FAILED", attemptCount: 3 });
    expect(row).toMatchObject({
      reason: "provider_failed",
      reasonParams: { detail: expect.stringContaining("HTTP 503") },
    });
    expect(w.smsCalls()).toHaveLength(3);
  });

  it("a test event ignores the delay and the per-phone limit", async () => {
    await w.configure({ delayMinutes: 60 });
    const previous = await w.queued({ createdAt: minutes(T0, -60) });
    await w.db.prisma.reviewRequest.update({
      where: { id: previous.id },
      data: { status: "SENT", sentAt: previous.createdAt },
    });
    const test = await w.queued({ isTest: true, occurredAt: T0 });
    expect((await processReviewRequest({ requestId: test.id, now: minutes(T0, 1) })).outcome).toBe("sent");
  });
});

describe("sweepReviewRequests", () => {
  // These two run on the real clock: quiet hours off so the time of day does not matter.
  it("sends what was acknowledged but never handed off (a crash between ack and send)", async () => {
    await w.configure({ quietHours: { start: "00:00", end: "00:00" } });
    const { key } = await createReviewIntegration({ workspaceId: w.ws.workspace.id, input: { source: "yclients" } });
    const res = await callRoute(webhook.POST as never, {
      method: "POST",
      url: `http://localhost/api/webhook/yclients?key=${key}`,
      params: { source: "yclients" },
      body: loadFixture("yclients-record-changed.json"),
    });
    expect(res.json.outcome).toBe("QUEUED");
    const [request] = await w.db.prisma.reviewRequest.findMany({ where: { workspaceId: w.ws.workspace.id } });
    expect(request!.status).toBe("QUEUED");
    // Fresh from its webhook it is left to the hand-off; once orphaned the sweep sends it.
    await sweepReviewRequests();
    expect((await w.reload(request!.id)).status).toBe("QUEUED");
    const sweep = await sweepReviewRequests({ now: new Date(Date.now() + HANDOFF_GRACE_MS + 1_000) });
    expect(sweep.outcomes.sent).toBeGreaterThanOrEqual(1);
    expect(await w.reload(request!.id)).toMatchObject({ status: "SENT", provider: "sms_ru" });
  });

  it("closes a send interrupted mid-flight as failed, without sending again", async () => {
    await w.configure();
    const request = await w.queued();
    await w.db.prisma.reviewRequest.update({
      where: { id: request.id },
      data: { status: "SENDING", lockedUntil: minutes(T0, 2) },
    });
    const sweep = await sweepReviewRequests({ now: minutes(T0, 3) });
    expect(sweep.interrupted).toBeGreaterThanOrEqual(1);
    expect(await w.reload(request.id)).toMatchObject({ status: "FAILED", reason: "interrupted" });
    expect(w.smsCalls()).toHaveLength(0);
  });

  it("marks an SMS delivered when SMS.ru reports it", async () => {
    await w.configure({ quietHours: { start: "00:00", end: "00:00" } });
    w.replies["/sms/status"] = (r) => {
      const id = new URLSearchParams(r.body).get("sms_id")!;
      return {
        json: {
          status: "OK",
          status_code: 100,
          sms: { [id]: { status: "OK", status_code: 103, status_text: "Сообщение доставлено" } },
        },
      };
    };
    const request = await w.queued({ createdAt: new Date(Date.now() - 60_000) });
    await processReviewRequest({ requestId: request.id });
    expect((await w.reload(request.id)).status).toBe("SENT");
    const sweep = await sweepReviewRequests();
    expect(sweep.delivery.delivered).toBeGreaterThanOrEqual(1);
    const row = await w.reload(request.id);
    expect(row.status).toBe("DELIVERED");
    expect(row.deliveredAt).toBeInstanceOf(Date);
  });
});
