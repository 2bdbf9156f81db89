import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";
import { sendReply } from "@/lib/inbox/send-reply";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { negativeReviewReport } from "@/lib/negative-reviews/negative-review-report";
import { resolveNegativeReviewCase } from "@/lib/negative-reviews/resolve-negative-review-case";
import { sweepNegativeReviews } from "@/lib/negative-reviews/sweep-negative-reviews";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// A whole Wildberries case through the simulator: the held review, the marketplace's template chat,
// the buyer's reply and the 72-hour window, reminders by email (a fake Resend) and in the app, the
// operator's resolution, the buyer's new rating, and the report.

const H = 3_600_000;
let db: TestDatabase;
let sim: Simulator;
let resend: Awaited<ReturnType<typeof startFakeServer>>;
const saved = { key: process.env.RESEND_API_KEY, url: process.env.RESEND_BASE_URL };

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  resend = await startFakeServer(() => ({ json: { id: `email-${crypto.randomUUID()}` } }));
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = resend.baseUrl;
  resetEnvForTests();
});
afterAll(async () => {
  process.env.RESEND_API_KEY = saved.key;
  process.env.RESEND_BASE_URL = saved.url;
  if (saved.key === undefined) delete process.env.RESEND_API_KEY;
  if (saved.url === undefined) delete process.env.RESEND_BASE_URL;
  resetEnvForTests();
  await resend.close();
  await sim.close();
  await db.cleanup();
});

const emails = () => resend.requests.map((r) => JSON.parse(r.body) as { to: string[]; subject: string; text: string });

describe("negative-review rescue, end to end on Wildberries", () => {
  it("plays a case from the held review to the improved rating", async () => {
    const fx = await createWorkspaceFixture({ name: "Rescue", chats: 0 });
    const account = await createSimAccount({ workspaceId: fx.workspace.id, sim, marketplace: "wildberries" });
    const { feedbackId, chatId: simChatId } = sim.control.addNegativeReview({
      marketplace: "wildberries",
      rating: 2,
      customerName: "Ольга",
    });

    // The review appears and the template chat opens: a case, held until the buyer replies, linked with high confidence.
    await syncReviews({ accountId: account.id });
    await syncAccount({ accountId: account.id });
    const chat = await prisma().chat.findFirstOrThrow({
      where: { accountId: account.id, kind: "CHAT", externalId: simChatId! },
    });
    let kase = await prisma().negativeReviewCase.findUniqueOrThrow({
      where: { accountId_reviewExternalId: { accountId: account.id, reviewExternalId: feedbackId } },
    });
    expect(kase).toMatchObject({
      status: "AWAITING_BUYER",
      hasHoldWindow: true,
      chatId: chat.id,
      linkConfidence: "HIGH",
      originalRating: 2,
      deadlineAt: null,
    });

    // The buyer replies: the 72-hour window starts from that message.
    sim.control.injectBuyerMessage({
      marketplace: "wildberries",
      chatId: simChatId!,
      text: "Платье село после стирки, хочу вернуть деньги",
    });
    await syncAccount({ accountId: account.id });
    kase = await prisma().negativeReviewCase.findUniqueOrThrow({ where: { id: kase.id } });
    const reply = await prisma().message.findFirstOrThrow({ where: { chatId: chat.id, author: "BUYER" } });
    expect(kase.status).toBe("IN_PROGRESS");
    expect(kase.firstBuyerReplyAt).toEqual(reply.createdAt);
    expect(kase.deadlineAt!.getTime()).toBe(reply.createdAt.getTime() + 72 * H);
    const deadline = kase.deadlineAt!.getTime();

    // Nothing is due yet.
    expect((await sweepNegativeReviews({ now: new Date(reply.createdAt.getTime() + H) })).outcomes).toEqual({});
    expect(resend.requests).toHaveLength(0);

    // 24 h later with no seller reply: the 48 h reminder (nobody assigned: the owner) and the escalation to the owner.
    const first = await sweepNegativeReviews({ now: new Date(deadline - 48 * H + 60_000) });
    expect(first.outcomes).toEqual({ sent: 2 });
    expect(emails().map((e) => e.to[0])).toEqual([fx.owner.email, fx.owner.email]);
    expect(emails().some((e) => e.subject.includes("Нет ответа 24 часа"))).toBe(true);
    expect(resend.requests[0]!.headers.authorization).toBe("Bearer re_test_key");
    // Each once: the same minute again, or Inngest arriving second, sends nothing.
    expect((await sweepNegativeReviews({ now: new Date(deadline - 48 * H + 120_000) })).outcomes).toEqual({});
    expect(resend.requests).toHaveLength(2);

    // The operator takes the chat and answers; the next reminder goes to them, in the app and by email.
    await prisma().chat.update({ where: { id: chat.id }, data: { assigneeId: fx.operator.id } });
    await sendReply({
      workspaceId: fx.workspace.id,
      userId: fx.operator.id,
      chatId: chat.id,
      text: "Ольга, простите! Вернём деньги или пришлём замену — как вам удобнее?",
      clientRequestId: crypto.randomUUID(),
    });
    kase = await prisma().negativeReviewCase.findUniqueOrThrow({ where: { id: kase.id } });
    expect(kase.firstSellerResponseAt).not.toBeNull();
    expect(kase.firstResponseMs).toBeGreaterThanOrEqual(0);
    expect((await sweepNegativeReviews({ now: new Date(deadline - 24 * H) })).outcomes).toEqual({ sent: 1 });
    expect(emails().at(-1)!.to).toEqual([fx.operator.email]);
    expect(emails().at(-1)!.subject).toContain("опубликуют через 24 часа");
    const inApp = await prisma().notification.findMany({
      where: { workspaceId: fx.workspace.id },
      orderBy: { createdAt: "asc" },
    });
    expect(inApp.map((n) => [n.userId, n.kind])).toEqual([
      [fx.owner.id, expect.stringMatching(/negative_review_(reminder|escalation)/)],
      [fx.owner.id, expect.stringMatching(/negative_review_(reminder|escalation)/)],
      [fx.operator.id, "negative_review_reminder"],
    ]);

    // Resolved: no more reminders, and the window's end does not publish it.
    await resolveNegativeReviewCase({
      workspaceId: fx.workspace.id,
      caseId: kase.id,
      userId: fx.operator.id,
      now: new Date(deadline - 20 * H),
    });
    const after = await sweepNegativeReviews({ now: new Date(deadline + H) });
    expect(after.outcomes).toEqual({});
    expect(after.published).toBe(0);
    expect(resend.requests).toHaveLength(3);
    const ledger = await prisma().negativeReviewReminder.findMany({ where: { caseId: kase.id } });
    expect(ledger.map((l) => l.kind).sort()).toEqual(["deadline-24h", "deadline-48h", "escalation"]);

    // The buyer raises the rating: a supplemented feedback names the first one.
    sim.control.updateReviewRating({ marketplace: "wildberries", feedbackId, rating: 5 });
    await syncReviews({ accountId: account.id });
    kase = await prisma().negativeReviewCase.findUniqueOrThrow({ where: { id: kase.id } });
    expect(kase).toMatchObject({ status: "RESOLVED", originalRating: 2, finalRating: 5, rating: 5 });
    expect(
      await prisma().negativeReviewCase.count({ where: { accountId: account.id, reviewExternalId: feedbackId } }),
    ).toBe(1);

    // The report counts it.
    const report = await negativeReviewReport({ workspaceId: fx.workspace.id, query: { days: 30 } });
    const wb = report.byMarketplace.find((r) => r.key === "wildberries")!;
    expect(wb).toMatchObject({ resolvedBeforeDeadline: 1, ratingsImproved: 1 });
    expect(wb.medianFirstResponseMinutes).not.toBeNull();
    const op = report.byOperator.find((r) => r.key === fx.operator.id)!;
    expect(op).toMatchObject({ cases: 1, resolvedBeforeDeadline: 1, ratingsImproved: 1, averageRatingChange: 3 });
  });

  it("an unresolved case is published when the window closes, and reminders missed while down are not all sent", async () => {
    const fx = await createWorkspaceFixture({ name: "Late", chats: 0 });
    const account = await createSimAccount({ workspaceId: fx.workspace.id, sim, marketplace: "wildberries" });
    const { feedbackId, chatId } = sim.control.addNegativeReview({
      marketplace: "wildberries",
      rating: 1,
      customerName: "Иван",
    });
    sim.control.injectBuyerMessage({ marketplace: "wildberries", chatId: chatId!, text: "Пришёл брак" });
    await syncAccount({ accountId: account.id });
    await syncReviews({ accountId: account.id });
    const kase = await prisma().negativeReviewCase.findUniqueOrThrow({
      where: { accountId_reviewExternalId: { accountId: account.id, reviewExternalId: feedbackId } },
    });
    expect(kase.status).toBe("IN_PROGRESS");
    // Down until 3 h before the deadline: the 6 h reminder (the latest due) and the escalation; 48 h and 24 h are skipped.
    // (The sweep covers every workspace; the simulator also holds the first test's review, so count this case only.)
    await sweepNegativeReviews({ now: new Date(kase.deadlineAt!.getTime() - 3 * H) });
    const ledger = await prisma().negativeReviewReminder.findMany({
      where: { caseId: kase.id },
      orderBy: { dueAt: "asc" },
    });
    expect(Object.fromEntries(ledger.map((l) => [l.kind, l.outcome]))).toEqual({
      "deadline-48h": "SKIPPED",
      "deadline-24h": "SKIPPED",
      escalation: "SENT",
      "deadline-6h": "SENT",
    });
    expect(ledger.filter((l) => l.outcome === "SENT").every((l) => l.emailStatus === "sent")).toBe(true);
    const closed = await sweepNegativeReviews({ now: new Date(kase.deadlineAt!.getTime() + 60_000) });
    expect(closed.published).toBeGreaterThanOrEqual(1);
    expect(await prisma().negativeReviewCase.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({
      status: "PUBLISHED",
      publishedAt: kase.deadlineAt,
    });
  });

  it("Yandex Market: a low-rated goods feedback opens a case with no hold window, answered on the review itself", async () => {
    const fx = await createWorkspaceFixture({ name: "YM", chats: 0 });
    const account = await createSimAccount({ workspaceId: fx.workspace.id, sim, marketplace: "yandex_market" });
    const { feedbackId } = sim.control.addNegativeReview({
      marketplace: "yandex_market",
      rating: 2,
      text: "Маломерит",
    });
    await syncReviews({ accountId: account.id, force: true });
    const kase = await prisma().negativeReviewCase.findUniqueOrThrow({
      where: { accountId_reviewExternalId: { accountId: account.id, reviewExternalId: feedbackId } },
    });
    expect(kase).toMatchObject({
      status: "IN_PROGRESS",
      hasHoldWindow: false,
      deadlineAt: null,
      linkConfidence: "HIGH",
    });
    expect(kase.chatId).toBe(kase.reviewChatId);
    // 5★ reviews open nothing.
    expect(await prisma().negativeReviewCase.count({ where: { accountId: account.id, rating: { gt: 3 } } })).toBe(0);

    // The seller comments on the review (it leaves NEED_REACTION), resolves the case, and the buyer then
    // raises the rating: the review sync re-reads the case's review by id and records the new rating.
    const sent = await sendReply({
      workspaceId: fx.workspace.id,
      userId: fx.operator.id,
      chatId: kase.chatId!,
      text: "Екатерина, простите! Обменяем на размер больше.",
      clientRequestId: crypto.randomUUID(),
    });
    expect(sent.message.status).toBe("SENT");
    await resolveNegativeReviewCase({ workspaceId: fx.workspace.id, userId: fx.operator.id, caseId: kase.id });
    sim.control.updateReviewRating({
      marketplace: "yandex_market",
      feedbackId,
      rating: 4,
      text: "Обменяли, всё подошло",
    });
    await syncReviews({ accountId: account.id, force: true });
    expect(await prisma().negativeReviewCase.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({
      originalRating: 2,
      rating: 4,
      finalRating: 4,
      status: "RESOLVED",
    });
    expect(await prisma().chat.findUniqueOrThrow({ where: { id: kase.reviewChatId! } })).toMatchObject({ rating: 4 });
  });
});
