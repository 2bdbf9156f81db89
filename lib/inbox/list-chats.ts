import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { effectiveDueAt, urgencyKeySql } from "@/lib/inbox/chat-sla";
import { disputeState } from "@/lib/inbox/dispute-state";
import { decodeCursor, encodeCursor, type ChatListQuery } from "@/lib/inbox/chat-list-query";
import { type InboxSort, type InboxView } from "@/lib/inbox/inbox-views";
import { reportDrillSql } from "@/lib/reports/report-drill-sql";
import { labelsOfChats } from "@/lib/labels/labels-of-chats";
import type { Row } from "@/lib/typed-sql";
import { chatMatchSql, matchingChatIds, toSearchQuery } from "@/lib/inbox/chat-search";
import {
  CASE_COLUMNS,
  CASE_JOIN,
  type CaseColumns,
  negativePageCandidates,
  negativeSortKey,
  negativeViewSql,
  toListCase,
} from "@/lib/negative-reviews/case-list-sql";

// The inbox list in raw SQL: the urgency key is an expression index and search uses generated tsvector
// columns, neither of which Prisma's query builder can express.

const sql = Prisma.sql;

// Search picks its plan from how common the words are, judged by the first `window` chats in sort
// order: a full page there is the answer (a common word); `rareBelow` matches or fewer mean a rare word,
// looked up in the GIN indexes (up to `hitCap` hits, then sorted); anything between, or too many index
// hits, scans the chats in sort order, one (chatId) index probe each, until the page is full.
export const SEARCH_LIMITS = { window: 100, rareBelow: 3, hitCap: 2_000 };

// A row of the list: the chat's columns (COLUMNS), its assignee's name, its case and its sort key.
type ListRow = Pick<
  Row<"Chat">,
  | "id"
  | "marketplace"
  | "kind"
  | "contextType"
  | "orderId"
  | "productId"
  | "itemId"
  | "productTitle"
  | "customerName"
  | "status"
  | "marketplaceStatus"
  | "disputeOpenedAt"
  | "disputeClosedAt"
  | "rating"
  | "unreadCount"
  | "lastMessageAt"
  | "lastMessagePreview"
  | "lastMessageNotice"
  | "awaitingReplySince"
  | "slaDueAt"
  | "snoozedUntil"
  | "isNewChat"
  | "priority"
  | "assigneeId"
> & { assigneeName: Row<"User">["name"]; sortKey: Date } & CaseColumns;

/** "Needs reply" over `"Chat" c`; snoozed chats stay out until the time comes (ingestion ends a snooze when the buyer writes). */
export function needsReplySql({ now }: { now: Date }): Prisma.Sql {
  return sql`c.status = 'OPEN' AND c."awaitingReplySince" IS NOT NULL AND (c."snoozedUntil" IS NULL OR c."snoozedUntil" <= ${now.toISOString()}::timestamp)`;
}

function viewFilter(view: InboxView, { userId, now }: { userId: string; now: Date }): Prisma.Sql {
  switch (view) {
    case "needs_reply":
      return needsReplySql({ now });
    case "all":
      return sql`TRUE`;
    case "mine":
      return sql`c."assigneeId" = ${userId} AND c.status = 'OPEN'`;
    case "resolved":
      return sql`c.status = 'RESOLVED'`;
    case "questions":
      return sql`c.kind = 'QUESTION'`;
    case "reviews":
      return sql`c.kind = 'REVIEW'`;
    case "negative":
      // Low-rated reviews and the chats of negative-review cases (lib/negative-reviews/case-list-sql.ts).
      return negativeViewSql({ now });
    case "snoozed":
      return sql`c.status = 'OPEN' AND c."snoozedUntil" > ${now.toISOString()}::timestamp`;
  }
}

/** The list's filters without the page cursor: the view, marketplace and label of `query`, in the workspace. */
export function chatFilterSql({
  workspaceId,
  userId,
  query,
  now,
}: {
  workspaceId: string;
  userId: string;
  query: Pick<ChatListQuery, "view" | "marketplace" | "label" | "kind">;
  now: Date;
}): Prisma.Sql[] {
  return [
    sql`c."workspaceId" = ${workspaceId}`,
    query.marketplace ? sql`c.marketplace = ${query.marketplace}::"Marketplace"` : sql`TRUE`,
    query.kind ? sql`c.kind = ${query.kind}::"ChatKind"` : sql`TRUE`,
    viewFilter(query.view, { userId, now }),
    query.label
      ? sql`EXISTS (SELECT 1 FROM "ChatLabel" cl WHERE cl."chatId" = c.id AND cl."labelId" = ${query.label})`
      : sql`TRUE`,
  ];
}

function sortKey(sort: InboxSort, view: InboxView): Prisma.Sql {
  if (sort !== "urgency") return sql`c."lastMessageAt"`;
  // The Negative reviews view: the nearest deadline first.
  return view === "negative" ? negativeSortKey(Prisma.raw(urgencyKeySql("c"))) : Prisma.raw(urgencyKeySql("c"));
}

function orderBy(sort: InboxSort, view: InboxView): Prisma.Sql {
  return sort === "urgency"
    ? sql`ORDER BY ${sortKey(sort, view)}, c.id`
    : sql`ORDER BY c."lastMessageAt" DESC, c.id DESC`;
}

const COLUMNS = sql`c.id, c.marketplace::text, c.kind::text, c."contextType"::text, c."orderId", c."productId", c."itemId", c."productTitle",
  c."customerName", c.status::text, c."marketplaceStatus", c."disputeOpenedAt", c."disputeClosedAt", c.rating, c."unreadCount", c."lastMessageAt", c."lastMessagePreview", c."lastMessageNotice",
  c."awaitingReplySince", c."slaDueAt", c."snoozedUntil", c."isNewChat", c.priority, c."assigneeId", u.name AS "assigneeName", ${CASE_COLUMNS}`;

export async function listChats({
  workspaceId,
  userId,
  query,
  now = new Date(),
  searchLimits = SEARCH_LIMITS,
}: {
  workspaceId: string;
  userId: string;
  query: ChatListQuery;
  now?: Date;
  searchLimits?: typeof SEARCH_LIMITS;
}) {
  // Resolved chats await nobody, so their urgency order is simply the most recent first.
  const sort: InboxSort = query.view === "resolved" ? "recent" : query.sort;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && (!cursor || cursor.sort !== sort)) throw new AppError("bad_request", "Invalid cursor");

  const drill = await reportDrillSql({ workspaceId, from: query.from, to: query.to, operator: query.operator });
  const filters = [
    ...chatFilterSql({ workspaceId, userId, query, now }),
    drill ?? sql`TRUE`,
    cursor
      ? sort === "urgency"
        ? sql`(${sortKey(sort, query.view)}, c.id) > (${cursor.key.toISOString()}::timestamp, ${cursor.id})`
        : sql`(c."lastMessageAt", c.id) < (${cursor.key.toISOString()}::timestamp, ${cursor.id})`
      : sql`TRUE`,
  ];
  const take = query.limit + 1;
  // `window`: only the first rows in sort order are candidates; `ids`: only these chats; `negative`: the
  // Negative reviews view by deadline, from its candidates (see negativePageCandidates).
  const page = ({
    tsQuery,
    window,
    ids,
    negative,
  }: { tsQuery?: string; window?: number; ids?: string[]; negative?: boolean } = {}) => {
    const match = tsQuery ? chatMatchSql({ tsQuery }) : null;
    const from = window
      ? sql`(SELECT c.* FROM "Chat" c ${CASE_JOIN} WHERE ${Prisma.join(filters, " AND ")} ${orderBy(sort, query.view)} LIMIT ${window}) c`
      : negative
        ? sql`"Chat" c JOIN (${negativePageCandidates({ workspaceId, marketplace: query.marketplace ?? null, urgencyKey: Prisma.raw(urgencyKeySql("c")), cursor, take, now })}) cand ON cand.id = c.id`
        : sql`"Chat" c`;
    const where = [
      ...(window ? [] : filters),
      ...(ids ? [sql`c.id = ANY(string_to_array(${ids.join(",")}, ','))`] : []),
      ...(match ? [match.where] : []),
    ];
    return prisma().$queryRaw<ListRow[]>`
      SELECT ${COLUMNS}, ${sortKey(sort, query.view)} AS "sortKey"
      FROM ${from} ${match ? match.join : Prisma.empty} LEFT JOIN "User" u ON u.id = c."assigneeId" ${CASE_JOIN}
      WHERE ${where.length ? Prisma.join(where, " AND ") : sql`TRUE`} ${orderBy(sort, query.view)} LIMIT ${take}`;
  };

  let rows: ListRow[];
  const tsQuery = query.q ? await toSearchQuery({ text: query.q }) : null;
  if (query.q && !tsQuery) {
    rows = [];
  } else if (tsQuery) {
    rows = await page({ tsQuery, window: searchLimits.window });
    if (rows.length < take) {
      const ids =
        rows.length < searchLimits.rareBelow
          ? await matchingChatIds({ workspaceId, tsQuery, cap: searchLimits.hitCap })
          : null;
      rows = ids ? (ids.length ? await page({ ids }) : []) : await page({ tsQuery });
    }
  } else {
    rows = await page({ negative: query.view === "negative" && sort === "urgency" });
  }

  const labels = await labelsOfChats({ chatIds: rows.slice(0, query.limit).map((r) => r.id) });
  const chats = rows
    .slice(0, query.limit)
    .map(
      ({
        assigneeId,
        assigneeName,
        sortKey: _key,
        caseId,
        caseStatus,
        caseDeadlineAt,
        caseHoldWindow,
        caseRespondedAt,
        caseReviewAt,
        disputeOpenedAt,
        disputeClosedAt,
        ...chat
      }) => ({
        ...chat,
        dispute: disputeState({ disputeOpenedAt, disputeClosedAt }),
        negativeCase: toListCase({ caseId, caseStatus, caseDeadlineAt, caseHoldWindow, caseRespondedAt, caseReviewAt }),
        dueAt: effectiveDueAt(chat),
        assignee: assigneeId ? { id: assigneeId, name: assigneeName } : null,
        labels: labels.get(chat.id) ?? [],
      }),
    );
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return { chats, nextCursor: last ? encodeCursor({ sort, key: last.sortKey, id: last.id }) : null };
}
