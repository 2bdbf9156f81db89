import { markAccountError } from "@/lib/accounts/account-connector";
import { accountErrorOf, encodeAccountError } from "@/lib/accounts/account-error";
import { logger } from "@/lib/log";
import { prisma } from "@/lib/db";
import { isMarketplaceError, MarketplaceRateLimitError } from "@/lib/marketplaces/http/errors";
import { retryDelayMs } from "@/lib/ingest/retry-delay";
import { withDomainEvent } from "@/lib/events/bus";

const log = logger("sync");

type PollFields = { lastActivityAt?: Date | null; nextPollAt?: Date };

export async function recordSyncSuccess({
  accountId,
  field = "lastSyncAt",
  data = {},
}: {
  accountId: string;
  field?: "lastSyncAt" | "lastBackfillAt" | "lastReviewSyncAt";
  data?: PollFields;
}) {
  const now = new Date();
  await prisma().marketplaceAccount.update({
    where: { id: accountId },
    data: {
      [field]: now,
      ...(field === "lastSyncAt" ? {} : { lastSyncAt: now }),
      consecutiveFailures: 0,
      nextSyncAt: null,
      lastError: null,
      ...data,
    },
  });
  // An account that recovered from a transient error is active again (re-auth needs the seller).
  await withDomainEvent<{ count: number }>(
    (r) => (r.count ? { name: "accounts/account.changed", data: { accountId } } : []),
    (tx) => tx.marketplaceAccount.updateMany({ where: { id: accountId, status: "ERROR" }, data: { status: "ACTIVE" } }),
  );
}

/** A failing account backs off (its own schedule only) and shows the error to the seller. */
export async function recordSyncFailure({
  accountId,
  error,
  data = {},
}: {
  accountId: string;
  error: unknown;
  data?: PollFields;
}) {
  const account = await prisma().marketplaceAccount.update({
    where: { id: accountId },
    data: { consecutiveFailures: { increment: 1 } },
    select: { consecutiveFailures: true },
  });
  const wait =
    error instanceof MarketplaceRateLimitError && error.retryAfterMs
      ? error.retryAfterMs
      : retryDelayMs(account.consecutiveFailures);
  await prisma().marketplaceAccount.update({
    where: { id: accountId },
    data: {
      nextSyncAt: new Date(Date.now() + wait),
      lastError: encodeAccountError(accountErrorOf({ error })),
      ...data,
    },
  });
  // The exception's own text is for the server log; the owner sees the code in words (accounts page).
  if (!isMarketplaceError(error))
    log.error("sync failed", {
      accountId,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  if (isMarketplaceError(error)) await markAccountError({ accountId, error });
}
