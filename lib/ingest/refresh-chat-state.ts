import { SLA_MINUTES } from "@/lib/ai/sla";
import type { Prisma } from "@/lib/generated/prisma/client";

// Wildberries' own figure: answering a product question within an hour lifts conversion by ~20%.
export const QUESTION_SLA_MINUTES = 60;

export type ChatKindName = "CHAT" | "QUESTION" | "REVIEW";

// Reply deadline when ingestion has not set Chat.slaDueAt (older rows, imports): the deadline
// ingestion gives an unclassified message of that kind (below). The inbox and the reports read it.
export const DEFAULT_SLA_MINUTES: Record<ChatKindName, number> = {
  CHAT: SLA_MINUTES.normal,
  QUESTION: QUESTION_SLA_MINUTES,
  REVIEW: SLA_MINUTES.normal,
};

/**
 * Recomputes what the inbox shows from the messages themselves, in one statement for all chats:
 * lastMessageAt and preview from the newest message (a review's text, pros and cons, as
 * lib/text/review-text.ts joins them); awaitingReplySince, unreadCount, priority and
 * slaDueAt from the buyer messages after the last delivered seller reply (marketplaces like
 * Wildberries report no unread counts, so they are always computed here).
 */
export async function refreshChatState({
  tx,
  chatIds,
}: {
  tx: Prisma.TransactionClient;
  chatIds: string[];
}): Promise<void> {
  if (!chatIds.length) return;
  await tx.$executeRaw`
    UPDATE "Chat" AS c SET
      "lastMessageAt" = s.last_at,
      "lastMessagePreview" = s.last_text,
      "lastMessageNotice" = s.last_notice,
      "awaitingReplySince" = s.awaiting_since,
      "unreadCount" = s.unread,
      "priority" = s.priority,
      "slaDueAt" = s.sla_due,
      "updatedAt" = now()
    FROM (
      SELECT ch.id AS chat_id, lm."createdAt" AS last_at, left(concat_ws(E'\n', nullif(lm.text, ''), lm."reviewPros", lm."reviewCons"), 140) AS last_text, lm.notice AS last_notice,
             aw.awaiting_since, coalesce(aw.unread, 0) AS unread, aw.priority, aw.sla_due
      FROM "Chat" ch
      JOIN LATERAL (
        SELECT m."createdAt", m.text, m."reviewPros", m."reviewCons", m.notice FROM "Message" m WHERE m."chatId" = ch.id ORDER BY m."createdAt" DESC, m.id DESC LIMIT 1
      ) lm ON true
      LEFT JOIN LATERAL (
        SELECT min(b."createdAt") AS awaiting_since,
               count(*) FILTER (WHERE b."readAt" IS NULL)::int AS unread,
               (array_agg(coalesce(b.priority, 'normal') ORDER BY CASE coalesce(b.priority, 'normal') WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END))[1] AS priority,
               min(b."createdAt" + make_interval(mins => CASE
                 WHEN ch.kind = 'QUESTION' THEN ${QUESTION_SLA_MINUTES}::int
                 WHEN b.priority = 'urgent' THEN ${SLA_MINUTES.urgent}::int
                 WHEN b.priority = 'high' THEN ${SLA_MINUTES.high}::int
                 ELSE ${SLA_MINUTES.normal}::int END)) AS sla_due
        FROM "Message" b
        WHERE b."chatId" = ch.id AND b.author = 'BUYER'
          AND b."createdAt" > coalesce(
            (SELECT max(r."createdAt") FROM "Message" r WHERE r."chatId" = ch.id AND r.author = 'SELLER' AND (r.status IS NULL OR r.status = 'SENT')),
            '-infinity'::timestamp)
      ) aw ON true
      WHERE ch.id = ANY(${chatIds})
    ) s
    WHERE c.id = s.chat_id`;
}
