import type { ChatKind as DbChatKind } from "@/lib/generated/prisma/enums";
import type { ReplyExample } from "@/lib/ai/types";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import type { Row } from "@/lib/typed-sql";

const log = logger("ai-examples");

/** Three to five examples steer the tone without crowding out the conversation itself. */
export const MAX_EXAMPLES = 5;
// The buyer's message is cut before stemming: enough words to find similar ones, bounded work.
const QUERY_CHARS = 1000;

type Example = Pick<Row<"ReplyExample">, "buyerText" | "replyText">;

/**
 * The workspace's past (buyer message → seller reply) pairs most similar to `text`, for the LLM's
 * prompt: Russian full-text search (stemmed words, any of them, ranked by ts_rank normalised by the
 * document's length) over ReplyExample's GIN-indexed search column, same chat kind only (a review
 * reply is no model for a chat), better-kept replies first on a tie. Empty when nothing matches or
 * the database cannot search: a draft without examples is still a draft.
 */
export async function findReplyExamples({
  workspaceId,
  kind,
  text,
}: {
  workspaceId: string;
  kind: DbChatKind;
  text: string;
}): Promise<ReplyExample[]> {
  // A backslash would make quote_literal emit E'' syntax, which tsquery input does not read.
  const clean = text.replace(/\\/g, " ").slice(0, QUERY_CHARS);
  if (!/[\p{L}\p{N}]/u.test(clean)) return [];
  try {
    const rows = await prisma().$queryRaw<Example[]>`
      WITH q AS (
        SELECT (SELECT string_agg(quote_literal(lexeme), ' | ') FROM unnest(to_tsvector('russian', ${clean})))::tsquery AS query
      )
      SELECT e."buyerText", e."replyText"
      FROM "ReplyExample" e, q
      WHERE e."workspaceId" = ${workspaceId} AND e."kind" = ${kind}::"ChatKind" AND q.query IS NOT NULL AND e."searchVector" @@ q.query
      ORDER BY ts_rank(e."searchVector", q.query, 1) DESC, e."editDistance" ASC, e."createdAt" DESC
      LIMIT ${MAX_EXAMPLES * 2}`;
    const seen = new Set<string>();
    const examples: ReplyExample[] = [];
    for (const row of rows) {
      const key = row.replyText.trim();
      if (seen.has(key)) continue;
      seen.add(key);
      examples.push({ buyer: row.buyerText.slice(0, 1500), reply: row.replyText.slice(0, 1500) });
      if (examples.length === MAX_EXAMPLES) break;
    }
    return examples;
  } catch (error) {
    log.warn("reply examples unavailable", {
      workspaceId,
      error: error instanceof Error ? error.message : String(error),
    });
    return [];
  }
}
