import type { MarketplaceAccount } from "@/lib/generated/prisma/client";
import { MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import type { MarketplaceConnector } from "@/lib/marketplaces/types";
import { YM_FEEDBACK_IDS_PER_CALL } from "@/lib/marketplaces/yandex_market/client";
import { storeReviews, syncReviews } from "@/lib/ingest/sync-reviews";

// The only marketplace with reads by id today sets the limit of ids per call (feedbackIds).
const IDS_PER_CALL = YM_FEEDBACK_IDS_PER_CALL;

/**
 * Reviews announced by push (Yandex Market GOODS_FEEDBACK_CREATED, sent once the review is published) are
 * read by id with their threads: a review published after a long moderation carries its creation time,
 * which a date-window sync may already have passed. Where reviews cannot be read by id, a sync runs.
 */
export async function ingestReviewsById({
  account,
  connector,
  ids,
}: {
  account: MarketplaceAccount;
  connector: MarketplaceConnector;
  ids: string[];
}) {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  try {
    for (let i = 0; i < unique.length; i += IDS_PER_CALL) {
      await storeReviews({ account, reviews: await connector.getReviews({ ids: unique.slice(i, i + IDS_PER_CALL) }) });
    }
  } catch (error) {
    if (!(error instanceof MarketplaceUnsupportedError)) throw error;
    await syncReviews({ accountId: account.id, force: true });
  }
}
