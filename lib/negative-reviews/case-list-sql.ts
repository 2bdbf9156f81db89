import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { FIRST_RESPONSE_SLA_MS } from "@/lib/negative-reviews/constants";

// The inbox list's view of negative-review cases (lib/inbox/list-chats.ts): each chat row carries its
// case (as the linked chat, else as the review), and the Negative reviews view sorts by deadline.

const sql = Prisma.sql;

export const CASE_JOIN = sql`LEFT JOIN LATERAL (
  SELECT n.id, n.status::text AS status, n."deadlineAt", n."hasHoldWindow", n."firstSellerResponseAt", n."reviewCreatedAt", n."chatId"
  FROM "NegativeReviewCase" n
  WHERE n."workspaceId" = c."workspaceId" AND (n."chatId" = c.id OR n."reviewChatId" = c.id)
  ORDER BY (n."chatId" IS NOT DISTINCT FROM c.id) DESC, n."openedAt" DESC LIMIT 1) nrc ON true`;

export const CASE_COLUMNS = sql`nrc.id AS "caseId", nrc.status AS "caseStatus", nrc."deadlineAt" AS "caseDeadlineAt",
  nrc."hasHoldWindow" AS "caseHoldWindow", nrc."firstSellerResponseAt" AS "caseRespondedAt", nrc."reviewCreatedAt" AS "caseReviewAt"`;

/** Low-rated reviews and chats with a case; a review whose case works in a linked chat shows once, as that chat. */
export const NEGATIVE_VIEW_SQL = sql`((nrc.id IS NULL AND c.rating <= 3) OR (nrc.id IS NOT NULL AND (nrc."chatId" IS NULL OR nrc."chatId" = c.id)))`;

/**
 * Open cases by deadline first; after them (shifted 500 years, past any deadline) the rest in the
 * inbox's usual urgency order: held cases, low-rated reviews without a case, closed cases.
 */
export function negativeSortKey(urgencyKey: Prisma.Sql): Prisma.Sql {
  return sql`COALESCE(CASE WHEN nrc.status IN ('AWAITING_BUYER', 'IN_PROGRESS') THEN nrc."deadlineAt" END, ${urgencyKey} + INTERVAL '500 years')`;
}

const ACTIVE = sql`('AWAITING_BUYER', 'IN_PROGRESS')`;

/**
 * The chats that can be on one page of the Negative reviews view sorted by deadline, found without
 * sorting the whole view: the next `take` open cases by deadline (the cases' own index), the next `take`
 * low-rated chats in urgency order (walking Chat_negative_urgency_idx, a partial index of rated <= 3
 * chats, past those shown elsewhere), and the next `take` chats of the other cases in urgency order.
 * The caller applies the view's exact filter and order to these.
 */
export function negativePageCandidates({
  workspaceId,
  chatFilters,
  urgencyKey,
  cursor,
  take,
}: {
  workspaceId: string;
  chatFilters: Prisma.Sql[];
  urgencyKey: Prisma.Sql;
  cursor: { key: Date; id: string } | null;
  take: number;
}): Prisma.Sql {
  const withDeadline = sql`n.status IN ${ACTIVE} AND n."deadlineAt" IS NOT NULL`;
  const chats = Prisma.join(chatFilters, " AND ");
  // Low-rated chats the view shows in another place: in the first part (an open case with a deadline)
  // or not at all (a review whose case works in a linked chat). A set, so the index walk stays in order.
  const shownElsewhere = sql`SELECT COALESCE(n."chatId", n."reviewChatId") FROM "NegativeReviewCase" n
      WHERE n."workspaceId" = ${workspaceId} AND ${withDeadline} AND COALESCE(n."chatId", n."reviewChatId") IS NOT NULL
    UNION ALL SELECT n."reviewChatId" FROM "NegativeReviewCase" n
      WHERE n."workspaceId" = ${workspaceId} AND n."reviewChatId" IS NOT NULL AND n."chatId" IS NOT NULL AND n."chatId" <> n."reviewChatId"`;
  const afterUrgency = cursor ? sql`AND (${urgencyKey}, c.id) > (${cursor.key.toISOString()}::timestamp - INTERVAL '500 years', ${cursor.id})` : Prisma.empty;
  return sql`(
    SELECT c.id FROM "NegativeReviewCase" n JOIN "Chat" c ON c.id = COALESCE(n."chatId", n."reviewChatId")
    WHERE n."workspaceId" = ${workspaceId} AND ${withDeadline} AND ${chats}
      ${cursor ? sql`AND (n."deadlineAt", c.id) > (${cursor.key.toISOString()}::timestamp, ${cursor.id})` : Prisma.empty}
    ORDER BY n."deadlineAt", c.id LIMIT ${take}
  ) UNION (
    SELECT c.id FROM "Chat" c
    WHERE ${chats} AND c.rating <= 3 AND c.id NOT IN (${shownElsewhere}) ${afterUrgency}
    ORDER BY ${urgencyKey}, c.id LIMIT ${take}
  ) UNION (
    SELECT c.id FROM "NegativeReviewCase" n JOIN "Chat" c ON c.id = COALESCE(n."chatId", n."reviewChatId")
    WHERE n."workspaceId" = ${workspaceId} AND NOT (${withDeadline}) AND ${chats} ${afterUrgency}
    ORDER BY ${urgencyKey}, c.id LIMIT ${take}
  )`;
}

export const caseRowSchema = z.object({
  caseId: z.string().nullable(),
  caseStatus: z.enum(["AWAITING_BUYER", "IN_PROGRESS", "RESOLVED", "PUBLISHED"]).nullable(),
  caseDeadlineAt: z.coerce.date().nullable(),
  caseHoldWindow: z.boolean().nullable(),
  caseRespondedAt: z.coerce.date().nullable(),
  caseReviewAt: z.coerce.date().nullable(),
});

/** The row's case as the list shows it; null for a chat without one. */
export function toListCase(row: z.infer<typeof caseRowSchema>) {
  if (!row.caseId || !row.caseStatus) return null;
  return {
    id: row.caseId,
    status: row.caseStatus,
    deadlineAt: row.caseDeadlineAt,
    hasHoldWindow: Boolean(row.caseHoldWindow),
    firstResponseDueAt: !row.caseRespondedAt && row.caseReviewAt && (row.caseStatus === "AWAITING_BUYER" || row.caseStatus === "IN_PROGRESS") ? new Date(row.caseReviewAt.getTime() + FIRST_RESPONSE_SLA_MS) : null,
  };
}
