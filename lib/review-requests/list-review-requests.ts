import { z } from "zod";

import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewChannel, ReviewRequestStatus, ReviewSource } from "@/lib/generated/prisma/enums";
import { maskPhone } from "@/lib/review-requests/integration-view";
import { reviewSourceSchema } from "@/lib/review-requests/source-slug";
import { dayStart } from "@/lib/time/zoned-time";
import { shownProviderResponse } from "@/lib/review-requests/shown-provider-response";
import { shownRequestReason } from "@/lib/review-requests/request-reason";
import type { Locale } from "@/lib/i18n/dictionaries";

export const REVIEW_REQUEST_STATUSES = [
  "QUEUED",
  "SENDING",
  "SENT",
  "DELIVERED",
  "FAILED",
  "SKIPPED",
] as const satisfies readonly ReviewRequestStatus[];
const day = z.iso.date(); // a real calendar day: 2026-02-31 is a 400, not a guess

export const reviewRequestListQuerySchema = z.object({
  status: z.enum(REVIEW_REQUEST_STATUSES).optional(),
  channel: z.enum(["SMS", "WHATSAPP", "EMAIL"]).optional(),
  source: reviewSourceSchema.optional(),
  // Calendar days in the workspace's time zone, both inclusive.
  from: day.optional(),
  to: day.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReviewRequestListQuery = z.input<typeof reviewRequestListQuerySchema>;

export type ReviewRequestRow = {
  id: string;
  createdAt: string;
  source: ReviewSource;
  sourceEventId: string;
  phone: string;
  customerName: string | null;
  status: ReviewRequestStatus;
  channel: ReviewChannel | null;
  provider: string | null;
  /** Worded in the reader's language; reasonVerbatim when it is an old row's text shown as stored. */
  reason: string | null;
  reasonVerbatim: boolean;
  skipCode: string | null;
  sendAt: string;
  deferredByQuietHours: boolean;
  sentAt: string | null;
  deliveredAt: string | null;
  isTest: boolean;
  providerResponse: unknown;
};

export type ReviewRequestList = {
  requests: ReviewRequestRow[];
  nextCursor: string | null;
  /** Per status, for the same filters without the status one: the figures above the table. */
  totals: Record<ReviewRequestStatus, number> & { all: number };
};

export async function listReviewRequests({
  workspaceId,
  query: rawQuery,
  locale,
}: {
  workspaceId: string;
  query: ReviewRequestListQuery;
  locale: Locale;
}): Promise<ReviewRequestList> {
  const query = reviewRequestListQuerySchema.parse(rawQuery);
  const db = prisma();
  const { timeZone } =
    (await db.reviewSettings.findUnique({ where: { workspaceId }, select: { timeZone: true } })) ??
    (await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { timeZone: true } }));
  const createdAt: Prisma.DateTimeFilter = {};
  if (query.from) createdAt.gte = dayStart({ day: query.from, zone: timeZone });
  if (query.to) createdAt.lt = dayStart({ day: query.to, zone: timeZone, plusDays: 1 });
  const base: Prisma.ReviewRequestWhereInput = {
    workspaceId,
    ...(query.channel ? { channel: query.channel } : {}),
    ...(query.source ? { source: query.source } : {}),
    ...(query.from || query.to ? { createdAt } : {}),
  };
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const where: Prisma.ReviewRequestWhereInput = {
    ...base,
    ...(query.status ? { status: query.status } : {}),
    ...(cursor
      ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
      : {}),
  };
  const [rows, grouped] = await Promise.all([
    db.reviewRequest.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 }),
    db.reviewRequest.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const totals = Object.fromEntries(
    REVIEW_REQUEST_STATUSES.map((status) => [status, 0]),
  ) as ReviewRequestList["totals"];
  totals.all = 0;
  for (const group of grouped) {
    totals[group.status] = group._count._all;
    totals.all += group._count._all;
  }
  return {
    requests: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      source: row.source,
      sourceEventId: row.sourceEventId,
      phone: maskPhone(row.phone),
      customerName: row.customerName,
      status: row.status,
      channel: row.channel,
      provider: row.provider,
      ...shownRequestReason(row, locale),
      skipCode: row.skipCode,
      sendAt: row.sendAt.toISOString(),
      deferredByQuietHours: row.deferredByQuietHours,
      sentAt: row.sentAt?.toISOString() ?? null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      isTest: row.isTest,
      providerResponse: shownProviderResponse({ value: row.providerResponse }),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    totals,
  };
}

function encodeCursor({ createdAt, id }: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = z
      .tuple([z.iso.datetime(), z.string().min(1)])
      .parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { createdAt: new Date(at), id };
  } catch {
    throw new AppError("bad_request", "Invalid cursor");
  }
}
