import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Row } from "@/lib/typed-sql";

// Inbox search over the generated tsvector columns (migration inbox_panes): customer name, order id,
// product title and id on the chat, and the text of every message. Each word the operator typed must
// start a word of the same document, so "Иван 1234" finds "Иванова", order "12345678-1234-1".

/**
 * The operator's text as a prefix tsquery, tokenised by PostgreSQL's own parser so it splits words
 * exactly as the indexed documents were split. Null when the text has no searchable word.
 */
export async function toSearchQuery({ text }: { text: string }): Promise<string | null> {
  // A backslash would make quote_literal emit E'' syntax, which tsquery input does not read.
  const clean = text.replace(/\\/g, " ").slice(0, 200);
  const [row] = await prisma().$queryRaw<{ q: string | null }[]>`
    SELECT (SELECT string_agg(quote_literal(lexeme) || ':*', ' & ') FROM unnest(to_tsvector('simple', ${clean})))::text AS q`;
  return row?.q ?? null;
}

/**
 * Matching for rows of `"Chat" c`, checked chat by chat: the join finds at most one matching message
 * per chat through the (chatId) index. A LATERAL with LIMIT 1 rather than EXISTS, so the planner never
 * swaps it for a hash of every matching message in the database (seconds for a common word).
 */
export function chatMatchSql({ tsQuery }: { tsQuery: string }): { join: Prisma.Sql; where: Prisma.Sql } {
  return {
    join: Prisma.sql`LEFT JOIN LATERAL (SELECT 1 AS hit FROM "Message" m WHERE m."chatId" = c.id AND m."searchVector" @@ ${tsQuery}::tsquery LIMIT 1) mh ON TRUE`,
    where: Prisma.sql`(c."searchVector" @@ ${tsQuery}::tsquery OR mh.hit IS NOT NULL)`,
  };
}

/**
 * Ids of the chats that match, from the GIN indexes: fast for a rare word only (a common one makes
 * the index read every posting). Null when there are more than `cap` hits. Message hits are not
 * scoped to the workspace here: the caller's query is.
 */
export async function matchingChatIds({
  workspaceId,
  tsQuery,
  cap,
}: {
  workspaceId: string;
  tsQuery: string;
  cap: number;
}): Promise<string[] | null> {
  const rows = await prisma().$queryRaw<Pick<Row<"Chat">, "id">[]>`
    SELECT c.id FROM "Chat" c WHERE c."workspaceId" = ${workspaceId} AND c."searchVector" @@ ${tsQuery}::tsquery
    UNION ALL
    SELECT m."chatId" FROM "Message" m WHERE m."searchVector" @@ ${tsQuery}::tsquery
    LIMIT ${cap + 1}`;
  if (rows.length > cap) return null;
  return [...new Set(rows.map((r) => r.id))];
}
