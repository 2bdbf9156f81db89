import { connectorForAccount } from "@/lib/accounts/account-connector";
import { prisma } from "@/lib/db";
import type { MarketplaceAccount, Prisma } from "@/lib/generated/prisma/client";
import type { Chat, Message, Review, ReviewKind } from "@/lib/marketplaces/schemas";
import type { MarketplaceConnector, Page } from "@/lib/marketplaces/types";
import { descriptorOf } from "@/lib/marketplaces/registry";
import { YM_FEEDBACK_IDS_PER_CALL } from "@/lib/marketplaces/yandex_market/client";
import { MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import { quarantineRecords } from "@/lib/ingest/quarantine-records";
import { recordSyncFailure, recordSyncSuccess } from "@/lib/ingest/record-sync-result";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";
import { withDomainEvents } from "@/lib/events/bus";
import { reviewPart } from "@/lib/text/review-text";

// Enough for every review of a first import's window (Yandex Market pages hold 50).
const MAX_PAGES = 200;
// Yandex Market cases of the last 30 days are re-read by id: a buyer may change the rating after the
// seller's comment.
// Elapsed time: a case is watched for 30 × 24 h after it opened.
const RATING_WATCH_DAYS = 30;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// The review window of connectors that list by date (Yandex Market): a first import reads this far back,
// later runs from the last successful one, less an overlap. Reviews are published after moderation under
// their creation time, so once an hour the window reaches further back for late publications.
export const REVIEW_WINDOW = { firstImportDays: 30, overlapMs: HOUR, moderationLookbackDays: 3 };

export function reviewWindowStart({ lastSyncAt, now }: { lastSyncAt: Date | null; now: Date }): Date {
  if (!lastSyncAt) return new Date(now.getTime() - REVIEW_WINDOW.firstImportDays * DAY);
  const deep = Math.floor(lastSyncAt.getTime() / HOUR) !== Math.floor(now.getTime() / HOUR);
  return new Date(lastSyncAt.getTime() - (deep ? REVIEW_WINDOW.moderationLookbackDays * DAY : REVIEW_WINDOW.overlapMs));
}

/**
 * Unanswered product questions and reviews become conversations of kind question/review in the
 * same inbox (the answer goes back through the matching endpoint). `force` ignores the back-off,
 * for a webhook that announced a new review.
 */
export async function syncReviews({
  accountId,
  force = false,
  now = new Date(),
}: {
  accountId: string;
  force?: boolean;
  now?: Date;
}) {
  const account = await prisma().marketplaceAccount.findUnique({ where: { id: accountId } });
  if (!account || account.status === "NEEDS_REAUTH") return { status: "skipped" as const, stored: 0 };
  if (!force && account.nextSyncAt && account.nextSyncAt > now) return { status: "skipped" as const, stored: 0 };
  const connector = connectorForAccount({ account });
  const kinds: ReviewKind[] = [
    ...(connector.capabilities.reviews ? ["review" as const] : []),
    ...(connector.capabilities.questions ? ["question" as const] : []),
  ];
  if (!kinds.length) return { status: "skipped" as const, stored: 0 };
  let stored = 0;
  const seen = new Set<string>();
  const since = reviewWindowStart({ lastSyncAt: account.lastReviewSyncAt, now }).toISOString();
  try {
    // First import: unanswered reviews older than 30 days live in the marketplace's archive (Wildberries).
    const passes = kinds.map((kind) => ({ kind, archive: false }));
    if (!account.lastReviewSyncAt && kinds.includes("review")) passes.push({ kind: "review", archive: true });
    for (const { kind, archive } of passes) {
      let pageToken: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result: Page<Review> | null = await listOrNull(() =>
          connector.listReviews({ kind, unansweredOnly: true, pageToken, since, ...(archive ? { archive } : {}) }),
        );
        if (!result) break;
        await quarantineRecords({ account, records: result.skipped });
        if (result.items.length) {
          await storeReviews({ account, reviews: result.items });
          stored += result.items.length;
          for (const r of result.items) seen.add(r.externalId);
        }
        pageToken = result.nextPageToken;
        if (!pageToken) break;
      }
    }
    if (descriptorOf({ marketplace: account.marketplace }).reviewCases?.refreshRatings)
      await refreshCaseRatings({ account, connector, now, alreadyRead: seen });
  } catch (error) {
    await recordSyncFailure({ accountId, error });
    return { status: "failed" as const, stored };
  }
  await recordSyncSuccess({ accountId, field: "lastReviewSyncAt" });
  return { status: "synced" as const, stored };
}

/**
 * Reviews as review conversations (with their comment threads) and their ratings, in one transaction,
 * announced as reviews/reviews.stored (negative-review cases open from there, after the commit).
 */
export async function storeReviews({ account, reviews }: { account: MarketplaceAccount; reviews: Review[] }) {
  await upsertConversations({
    account,
    chats: reviews.map(reviewChat),
    messages: reviews.flatMap(reviewMessages),
    also: async (tx, publish) => {
      await storeRatings({ tx, accountId: account.id, reviews });
      await publish({ name: "reviews/reviews.stored", data: { account: reviewAccount(account), reviews } });
    },
  });
}

const reviewAccount = (a: MarketplaceAccount) => ({ id: a.id, workspaceId: a.workspaceId, marketplace: a.marketplace });

/** An archive pass on a marketplace without an archive reads nothing. */
async function listOrNull(list: () => Promise<Page<Review>>): Promise<Page<Review> | null> {
  try {
    return await list();
  } catch (error) {
    if (error instanceof MarketplaceUnsupportedError) return null;
    throw error;
  }
}

function reviewChat(r: Review): Chat {
  return {
    externalId: r.externalId,
    kind: r.kind,
    customerName: r.customerName,
    context: { orderId: r.orderId, returnId: null, productId: r.productId, itemTitle: r.productTitle, itemUrl: null },
    marketplaceStatus: r.answered ? "ANSWERED" : "NEED_REACTION",
    awaitingReply: !r.answered,
    unreadCount: null,
    createdAt: r.createdAt,
    lastMessageAt: r.createdAt,
    replyToken: null,
  };
}

/** The review's text, pros and cons stay apart as data: the thread words the parts' labels for its reader. */
export function reviewMessages(r: Review): Message[] {
  const base = { chatExternalId: r.externalId, attachments: [], isRead: null };
  const buyer: Message = {
    ...base,
    externalId: `${r.kind}:${r.externalId}`,
    author: "buyer",
    text: r.text,
    reviewPros: reviewPart(r.pros),
    reviewCons: reviewPart(r.cons),
    createdAt: r.createdAt,
  };
  if (r.replies) return [buyer, ...r.replies];
  if (!r.answered || !r.answerText) return [buyer];
  return [
    buyer,
    {
      ...base,
      externalId: `${r.kind}:${r.externalId}:answer`,
      author: "seller",
      text: r.answerText,
      createdAt: r.createdAt,
    },
  ];
}

async function refreshCaseRatings({
  account,
  connector,
  now,
  alreadyRead,
}: {
  account: MarketplaceAccount;
  connector: MarketplaceConnector;
  now: Date;
  alreadyRead: Set<string>;
}) {
  const cases = await prisma().negativeReviewCase.findMany({
    where: {
      accountId: account.id,
      status: { in: ["IN_PROGRESS", "RESOLVED"] },
      openedAt: { gte: elapsedDaysAfter({ at: now, days: -RATING_WATCH_DAYS }) },
    },
    select: { reviewExternalId: true },
    orderBy: { openedAt: "desc" },
  });
  const ids = cases.map((c) => c.reviewExternalId).filter((id) => !alreadyRead.has(id));
  for (let i = 0; i < ids.length; i += YM_FEEDBACK_IDS_PER_CALL) {
    const reviews = await connector.getReviews({ ids: ids.slice(i, i + YM_FEEDBACK_IDS_PER_CALL), ratingsOnly: true });
    await withDomainEvents(async (tx, publish) => {
      await storeRatings({ tx, accountId: account.id, reviews });
      await publish({ name: "reviews/reviews.stored", data: { account: reviewAccount(account), reviews } });
    });
  }
}

/** The reviews' ratings on their review chats: one statement, writing only the rows that change. */
async function storeRatings({
  tx,
  accountId,
  reviews,
}: {
  tx: Prisma.TransactionClient;
  accountId: string;
  reviews: Review[];
}) {
  const rated = reviews.filter((x) => x.kind === "review" && x.rating !== null);
  if (!rated.length) return;
  await tx.$executeRaw`
    UPDATE "Chat" c SET rating = v.rating, "updatedAt" = now()
    FROM unnest(${rated.map((r) => r.externalId)}::text[], ${rated.map((r) => r.rating!)}::int[]) AS v("externalId", rating)
    WHERE c."accountId" = ${accountId} AND c.kind = 'REVIEW' AND c."externalId" = v."externalId" AND c.rating IS DISTINCT FROM v.rating`;
}
