import { prisma } from "@/lib/db";
import { sql } from "kysely";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimBatch, leaseFree, utc } from "@/lib/jobs/claim-batch";
import type { ReviewRequestStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log";
import type { SendReviewRequestResult } from "@/lib/review-requests/send-review-request";
import { NOT_CONFIGURED_REASON, sendReviewRequest } from "@/lib/review-requests/send-review-request";
import { toDbChannel } from "@/lib/review-requests/channel-enum";
import { planRequest } from "@/lib/review-requests/plan-request";
import { reasonColumns } from "@/lib/review-requests/request-reason";
import { renderReviewRequest } from "@/lib/review-requests/render-review-request";
import { loadReviewConfig, templateVariables } from "@/lib/review-requests/review-config";

const log = logger("review-requests");

// A worker owns a request for this long; the send itself is bounded by the providers' 10 s timeouts.
const LEASE_MS = 2 * 60_000;
export const MAX_SEND_ATTEMPTS = 3;
const RETRY_DELAY_MS = [5 * 60_000, 30 * 60_000];
// Requests that hold the phone's slot in the frequency window. Skipped and failed ones reached nobody.
const HOLDS_PHONE: ReviewRequestStatus[] = ["QUEUED", "SENDING", "SENT", "DELIVERED"];

export type ProcessOutcome = "busy" | "deferred" | "sent" | "skipped" | "retry" | "failed";

export async function processReviewRequests({
  requestIds,
}: {
  requestIds: string[];
}): Promise<Record<string, ProcessOutcome>> {
  const outcomes: Record<string, ProcessOutcome> = {};
  for (const requestId of requestIds) outcomes[requestId] = (await processReviewRequest({ requestId })).outcome;
  return outcomes;
}

/**
 * Plans and, when due, sends one queued review request. Safe to call any number of times and
 * from several workers: a lease claims the request, and it is re-planned on every pick-up, so an
 * opt-out or settings change made while it waited still applies.
 */
export async function processReviewRequest({
  requestId,
  now = new Date(),
}: {
  requestId: string;
  now?: Date;
}): Promise<{ outcome: ProcessOutcome }> {
  const { lease, ids } = await claimReviewRequests({ requestIds: [requestId], now, limit: 1 });
  if (!ids.length) return { outcome: "busy" };
  return processClaimedReviewRequest({ requestId, lease, now });
}

/**
 * Takes due queued requests for this worker with a lease (lib/jobs/claim-batch.ts). `freshGraceMs`
 * leaves requests younger than that to the after-webhook hand-off (a planned one, whose sendAt moved
 * past its creation, is due as is).
 */
export async function claimReviewRequests({
  requestIds,
  now,
  limit,
  freshGraceMs = 0,
}: {
  requestIds?: string[];
  now: Date;
  limit: number;
  freshGraceMs?: number;
}) {
  const lease = new Date(now.getTime() + LEASE_MS);
  const rows = await claimBatch({
    table: "ReviewRequest",
    due: (rows) =>
      rows
        .where("status", "=", "QUEUED")
        .where("sendAt", "<=", utc(now))
        .where(leaseFree("lockedUntil", now))
        .$if(requestIds !== undefined, (q) => q.where("id", "=", sql<string>`ANY(${requestIds}::text[])`))
        .where((eb) =>
          eb.or([
            eb("createdAt", "<", utc(new Date(now.getTime() - freshGraceMs))),
            eb("sendAt", ">", eb.ref("createdAt")),
          ]),
        )
        .orderBy("sendAt")
        .orderBy("createdAt")
        .orderBy("id"),
    set: { lockedUntil: utc(lease) },
    limit,
  });
  return { lease, ids: rows.map((r) => r.id) };
}

/** Plans and sends one request this worker claimed (its lease is `lease`). */
export async function processClaimedReviewRequest({
  requestId,
  lease,
  now,
}: {
  requestId: string;
  lease: Date;
  now: Date;
}): Promise<{ outcome: ProcessOutcome }> {
  const db = prisma();
  const request = await db.reviewRequest.findFirst({ where: { id: requestId, lockedUntil: lease } });
  if (!request) return { outcome: "busy" };
  const owned = { id: requestId, lockedUntil: lease };
  const config = await loadReviewConfig({ workspaceId: request.workspaceId });
  const contacts = [request.phone, ...(request.email ? [request.email.toLowerCase()] : [])];

  const [optOut, earlier] = await Promise.all([
    db.reviewOptOut.findFirst({
      where: { workspaceId: request.workspaceId, contact: { in: contacts } },
      select: { id: true },
    }),
    // The earliest request to a phone wins its frequency window, whatever order workers run in.
    request.isTest
      ? null
      : db.reviewRequest.findFirst({
          where: {
            workspaceId: request.workspaceId,
            phone: request.phone,
            isTest: false,
            status: { in: HOLDS_PHONE },
            OR: [{ createdAt: { lt: request.createdAt } }, { createdAt: request.createdAt, id: { lt: request.id } }],
          },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { createdAt: true, sentAt: true },
        }),
  ]);

  // A test event shows the real path at once: no delay and no per-phone limit.
  const settings = request.isTest ? { ...config.planner, delayMinutes: 0, frequencyDays: 0 } : config.planner;
  const plan = planRequest({
    event: {
      sourceEventId: request.sourceEventId,
      phone: request.phone,
      email: request.email ?? undefined,
      occurredAt: request.occurredAt ?? undefined,
    },
    now,
    settings,
    optedOut: Boolean(optOut),
    lastRequestAtForPhone: earlier ? (earlier.sentAt ?? earlier.createdAt) : undefined,
    alreadyRequestedForSourceEvent: false,
    configuredChannels: config.configuredChannels,
    hasReviewLink: config.reviewLink.trim() !== "",
  });
  const variables = templateVariables({ config, customerName: request.customerName });

  if (plan.action === "skip") {
    // Development without provider keys: the message is kept in the log instead of being sent.
    const preview =
      plan.code === "not_configured"
        ? {
            notSent: true,
            channels: config.planner.channelOrder,
            sms: renderReviewRequest({ templates: config.templates, variables }).sms.text,
          }
        : undefined;
    await db.reviewRequest.updateMany({
      where: owned,
      data: {
        status: "SKIPPED",
        skipCode: plan.code,
        ...reasonColumns(plan.reason),
        providerResponse: preview,
        lockedUntil: null,
      },
    });
    log.info(
      plan.code === "not_configured" ? "review request not sent: provider not configured" : "review request skipped",
      {
        requestId,
        code: plan.code,
      },
    );
    return { outcome: "skipped" };
  }

  if (plan.sendAt.getTime() > now.getTime()) {
    await db.reviewRequest.updateMany({
      where: owned,
      data: {
        sendAt: plan.sendAt,
        deferredByQuietHours: plan.deferredByQuietHours,
        channel: toDbChannel(plan.channel),
        lockedUntil: null,
      },
    });
    return { outcome: "deferred" };
  }

  // From here a crash is ambiguous (the provider may have the message): SENDING says so.
  const marked = await db.reviewRequest.updateMany({
    where: { ...owned, status: "QUEUED" },
    data: { status: "SENDING", channel: toDbChannel(plan.channel), attemptCount: { increment: 1 } },
  });
  if (marked.count === 0) return { outcome: "busy" };
  const result = await sendReviewRequest({
    channels: [plan.channel, ...plan.fallbackChannels],
    recipient: { phone: request.phone, email: request.email ?? undefined },
    variables,
    templates: config.templates,
    providers: config.providers,
    idempotencyKey: `review-request-${request.id}`,
  });
  const outcome = await recordSendResult({ requestId, lease, attempt: request.attemptCount + 1, result, now });
  log.info("review request processed", { requestId, outcome, channel: result.channel, provider: result.provider });
  return { outcome };
}

async function recordSendResult({
  requestId,
  lease,
  attempt,
  result,
  now,
}: {
  requestId: string;
  lease: Date;
  attempt: number;
  result: SendReviewRequestResult;
  now: Date;
}): Promise<ProcessOutcome> {
  const owned = { id: requestId, lockedUntil: lease, status: "SENDING" as const };
  const common = {
    channel: result.channel ? toDbChannel(result.channel) : undefined,
    provider: result.provider ?? null,
    providerResponse: result.attempts.map((a) => ({
      channel: a.channel,
      provider: a.provider,
      status: a.result.status,
      httpStatus: a.result.httpStatus ?? null,
      error: a.result.error ?? null,
      response: a.result.providerResponse ?? null,
    })) as Prisma.InputJsonArray,
    lockedUntil: null,
  };
  const db = prisma();
  if (result.status === "sent") {
    await db.reviewRequest.updateMany({
      where: owned,
      data: {
        ...common,
        status: "SENT",
        sentAt: new Date(),
        providerMessageId: result.providerMessageId ?? null,
        reason: null,
        reasonParams: Prisma.DbNull,
        skipCode: null,
      },
    });
    return "sent";
  }
  if (result.status === "not_configured") {
    await db.reviewRequest.updateMany({
      where: owned,
      data: { ...common, status: "SKIPPED", skipCode: "not_configured", ...reasonColumns(NOT_CONFIGURED_REASON) },
    });
    return "skipped";
  }
  // A timeout may have delivered the message: retrying could text the customer twice.
  const ambiguous = result.attempts.at(-1)?.result.errorKind === "timeout";
  const delay = RETRY_DELAY_MS[attempt - 1];
  if (result.retryable && !ambiguous && attempt < MAX_SEND_ATTEMPTS && delay !== undefined) {
    await db.reviewRequest.updateMany({
      where: owned,
      data: {
        ...common,
        status: "QUEUED",
        sendAt: new Date(now.getTime() + delay),
        ...reasonColumns({
          code: "retry",
          params: { reason: result.reason ?? { code: "send_error" }, minutes: delay / 60_000 },
        }),
      },
    });
    return "retry";
  }
  await db.reviewRequest.updateMany({
    where: owned,
    data: { ...common, status: "FAILED", ...reasonColumns(result.reason ?? { code: "not_sent" }) },
  });
  return "failed";
}
