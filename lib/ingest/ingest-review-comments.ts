import { prisma } from "@/lib/db";
import type { MarketplaceAccount } from "@/lib/generated/prisma/client";
import { chatWithIdOnly, type Message } from "@/lib/marketplaces/schemas";
import type { MarketplaceConnector } from "@/lib/marketplaces/types";
import { YM_FEEDBACK_IDS_PER_CALL } from "@/lib/marketplaces/yandex_market/client";
import { storeReviews } from "@/lib/ingest/sync-reviews";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";

// The only marketplace with these reads today sets the limit of ids per call (commentIds / feedbackIds).
const IDS_PER_CALL = YM_FEEDBACK_IDS_PER_CALL;

/**
 * Comments announced by push (Yandex Market GOODS_FEEDBACK_COMMENT_CREATED) become messages in their
 * review's thread, at the push's time. A review not stored yet is read by id first (with its whole
 * thread), so the comment never lands in a conversation of the wrong kind. Comments that can no longer be
 * read (deleted with their review) are dropped, as the spec says they cannot be fetched.
 */
export async function ingestReviewComments({
  account,
  connector,
  comments,
}: {
  account: MarketplaceAccount;
  connector: MarketplaceConnector;
  comments: { commentExternalId: string; at: string }[];
}): Promise<void> {
  if (!comments.length || !connector.getReviewComments) return;
  const at = new Map(comments.map((c) => [c.commentExternalId, c.at]));
  const ids = [...at.keys()];
  const messages: Message[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_CALL) {
    const read = await connector.getReviewComments({ ids: ids.slice(i, i + IDS_PER_CALL) });
    messages.push(...read.map((m) => ({ ...m, createdAt: at.get(m.externalId) ?? m.createdAt })));
  }
  const reviewIds = [...new Set(messages.map((m) => m.chatExternalId))];
  if (!reviewIds.length) return;
  const known = new Set(
    (
      await prisma().chat.findMany({
        where: { accountId: account.id, kind: "REVIEW", externalId: { in: reviewIds } },
        select: { externalId: true },
      })
    ).map((c) => c.externalId),
  );
  const unknown = reviewIds.filter((id) => !known.has(id));
  for (let i = 0; i < unknown.length; i += IDS_PER_CALL) {
    const reviews = await connector.getReviews({ ids: unknown.slice(i, i + IDS_PER_CALL) });
    // The pushed comments are left out of the thread read: they are stored below with the push's own time.
    await storeReviews({
      account,
      reviews: reviews.map((r) => ({ ...r, replies: r.replies?.filter((m) => !at.has(m.externalId)) })),
    });
    for (const r of reviews) known.add(r.externalId);
  }
  const present = messages.filter((m) => known.has(m.chatExternalId));
  if (!present.length) return;
  const chats = [...new Set(present.map((m) => m.chatExternalId))].map((externalId) => ({
    ...chatWithIdOnly({ externalId }),
    kind: "review" as const,
  }));
  await upsertConversations({ account, chats, messages: present });
}
