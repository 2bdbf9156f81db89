import { Prisma } from "@/lib/generated/prisma/client";
import { FIRST_RESPONSE_SLA_MS } from "@/lib/negative-reviews/constants";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";
import type { Row } from "@/lib/typed-sql";

// The inbox list's view of negative-review cases (lib/inbox/list-chats.ts): each chat row carries its
// case (as the linked chat, else as the review), and the Negative reviews view sorts by deadline.

const sql = Prisma.sql;

// When a case `n` was closed (resolved or published).
const CASE_CLOSED_AT = sql`COALESCE(n."resolvedAt", n."publishedAt")`;

export const CASE_JOIN = sql`LEFT JOIN LATERAL (
  SELECT n.id, n.status::text AS status, n."deadlineAt", n."hasHoldWindow", n."firstSellerResponseAt", n."reviewCreatedAt", n."chatId",
    ${CASE_CLOSED_AT} AS "closedAt"
  FROM "NegativeReviewCase" n
  WHERE n."workspaceId" = c."workspaceId" AND (n."chatId" = c.id OR n."reviewChatId" = c.id)
  ORDER BY (n."chatId" IS NOT DISTINCT FROM c.id) DESC, n."openedAt" DESC LIMIT 1) nrc ON true`;

export const CASE_COLUMNS = sql`nrc.id AS "caseId", nrc.status AS "caseStatus", nrc."deadlineAt" AS "caseDeadlineAt",
  nrc."hasHoldWindow" AS "caseHoldWindow", nrc."firstSellerResponseAt" AS "caseRespondedAt", nrc."reviewCreatedAt" AS "caseReviewAt"`;

const ACTIVE = sql`('AWAITING_BUYER', 'IN_PROGRESS')`;
/** Resolved and published cases stay in the Negative reviews view this long (the report keeps them all). */
export const CLOSED_CASES_SHOWN_DAYS = 30;
const closedSince = (now: Date) =>
  sql`${elapsedDaysAfter({ at: now, days: -CLOSED_CASES_SHOWN_DAYS }).toISOString()}::timestamp`;

/**
 * Low-rated reviews without a case, and chats with a case that is open or closed in the last
 * CLOSED_CASES_SHOWN_DAYS; a review whose case works in a linked chat shows once, as that chat.
 */
export function negativeViewSql({ now }: { now: Date }): Prisma.Sql {
  return sql`((nrc.id IS NULL AND c.rating <= 3) OR (nrc.id IS NOT NULL AND (nrc."chatId" IS NULL OR nrc."chatId" = c.id)
    AND (nrc.status IN ${ACTIVE} OR nrc."closedAt" >= ${closedSince(now)})))`;
}

/**
 * Open cases by deadline first; after them (shifted 500 years, past any deadline) the rest in the
 * inbox's usual urgency order: held cases, low-rated reviews without a case, closed cases.
 */
export function negativeSortKey(urgencyKey: Prisma.Sql): Prisma.Sql {
  return sql`COALESCE(CASE WHEN nrc.status IN ${ACTIVE} THEN nrc."deadlineAt" END, ${urgencyKey} + INTERVAL '500 years')`;
}

/**
 * The view's rows after its open cases by deadline (the view's filter less those), over `"Chat" c` with
 * its case `nrc`. One CASE under IS TRUE: the planner estimates it at one row in two, so it walks
 * the index in urgency order and stops at the page, where the same filter as ANDed conditions on the
 * lateral case is estimated at one row in thousands and it sorts every candidate chat instead.
 */
function afterDeadlines(now: Date): Prisma.Sql {
  return sql`(CASE WHEN nrc.id IS NULL THEN c.rating <= 3
    ELSE (nrc."chatId" IS NULL OR nrc."chatId" = c.id)
      AND CASE WHEN nrc.status IN ${ACTIVE} THEN nrc."deadlineAt" IS NULL ELSE nrc."closedAt" >= ${closedSince(now)} END END) IS TRUE`;
}

/**
 * The chats that can be on one page of the Negative reviews view sorted by deadline, found without
 * sorting the whole view. Two sets, each a subset of the view in the view's order, each cut at `take`:
 * open cases with a deadline by deadline (NegativeReviewCase_open_deadline_idx); then every other row
 * of the view (held cases, low-rated reviews without a case, closed cases) in urgency order, walking
 * Chat_negative_urgency_idx (a partial index of chats rated <= 3 or named by a case, Chat.hasNegativeCase)
 * with each chat's case beside it. The first `take` rows of the view are among them; the caller applies
 * the view's exact filter and order.
 */
export function negativePageCandidates({
  workspaceId,
  marketplace,
  urgencyKey,
  cursor,
  take,
  now,
}: {
  workspaceId: string;
  marketplace: string | null;
  urgencyKey: Prisma.Sql;
  cursor: { key: Date; id: string } | null;
  take: number;
  now: Date;
}): Prisma.Sql {
  const caseChat = sql`COALESCE(n."chatId", n."reviewChatId")`;
  const cases = sql`n."workspaceId" = ${workspaceId} ${marketplace ? sql`AND n.marketplace = ${marketplace}::"Marketplace"` : Prisma.empty}`;
  const chats = sql`c."workspaceId" = ${workspaceId} ${marketplace ? sql`AND c.marketplace = ${marketplace}::"Marketplace"` : Prisma.empty}`;
  const afterUrgency = cursor
    ? sql`AND (${urgencyKey}, c.id) > (${cursor.key.toISOString()}::timestamp - INTERVAL '500 years', ${cursor.id})`
    : Prisma.empty;
  return sql`(
    SELECT ${caseChat} AS id FROM "NegativeReviewCase" n
    WHERE ${cases} AND n.status IN ${ACTIVE} AND n."deadlineAt" IS NOT NULL AND ${caseChat} IS NOT NULL
      ${cursor ? sql`AND (n."deadlineAt", ${caseChat}) > (${cursor.key.toISOString()}::timestamp, ${cursor.id})` : Prisma.empty}
    ORDER BY n."deadlineAt", ${caseChat} LIMIT ${take}
  ) UNION (
    SELECT c.id FROM "Chat" c ${CASE_JOIN}
    WHERE ${chats} AND (c.rating <= 3 OR c."hasNegativeCase") AND ${afterDeadlines(now)} ${afterUrgency}
    ORDER BY ${urgencyKey}, c.id LIMIT ${take}
  )`;
}

type Case = Row<"NegativeReviewCase">;
/** The CASE_COLUMNS of a list row: null for a chat without a case. */
export type CaseColumns = {
  caseId: Case["id"] | null;
  caseStatus: Case["status"] | null;
  caseDeadlineAt: Case["deadlineAt"];
  caseHoldWindow: Case["hasHoldWindow"] | null;
  caseRespondedAt: Case["firstSellerResponseAt"];
  caseReviewAt: Case["reviewCreatedAt"] | null;
};

export function toListCase(row: CaseColumns) {
  if (!row.caseId || !row.caseStatus) return null;
  return {
    id: row.caseId,
    status: row.caseStatus,
    deadlineAt: row.caseDeadlineAt,
    hasHoldWindow: Boolean(row.caseHoldWindow),
    firstResponseDueAt:
      !row.caseRespondedAt &&
      row.caseReviewAt &&
      (row.caseStatus === "AWAITING_BUYER" || row.caseStatus === "IN_PROGRESS")
        ? new Date(row.caseReviewAt.getTime() + FIRST_RESPONSE_SLA_MS)
        : null,
  };
}
