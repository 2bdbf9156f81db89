import { connectorForAccount } from "@/lib/accounts/account-connector";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { pollIntervalMs } from "@/lib/ingest/poll-interval";
import { quarantineRecords } from "@/lib/ingest/quarantine-records";
import { recordSyncFailure, recordSyncSuccess } from "@/lib/ingest/record-sync-result";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";

const log = logger("ingest");

// The account's next poll follows its activity: seconds while a conversation is under way.
function nextPoll({ lastActivityAt }: { lastActivityAt: Date | null }) {
  const now = new Date();
  return { lastActivityAt, nextPollAt: new Date(now.getTime() + pollIntervalMs({ lastActivityAt, now })) };
}
// One run stops after this many pages; the next run continues from the stored cursor.
const MAX_BATCHES = 50;

export type SyncOutcome =
  | { status: "synced"; batches: number; newMessages: number }
  | { status: "skipped"; reason: string }
  | { status: "failed"; error: string };

/**
 * Pulls chats and messages since the account's stored cursor (Wildberries events; the backfill for
 * webhook marketplaces), page by page, each page stored with its cursor in one transaction.
 */
export async function syncAccount({
  accountId,
  mode = "sync",
  now = new Date(),
}: {
  accountId: string;
  mode?: "sync" | "backfill";
  now?: Date;
}): Promise<SyncOutcome> {
  const account = await prisma().marketplaceAccount.findUnique({ where: { id: accountId } });
  if (!account) return { status: "skipped", reason: "account not found" };
  if (account.status === "NEEDS_REAUTH") return { status: "skipped", reason: "needs re-authorisation" };
  if (account.nextSyncAt && account.nextSyncAt > now) return { status: "skipped", reason: "backing off" };
  const connector = connectorForAccount({ account });
  if (!connector.capabilities.inboundChats) return { status: "skipped", reason: "outbound only" };
  let cursor = account.syncCursor;
  let batches = 0;
  let newMessages = 0;
  try {
    for (;;) {
      const batch = await connector.fetchUpdates({ cursor });
      // Kept aside before the cursor moves past them (a retry finds the same records and only counts them).
      await quarantineRecords({ account, records: batch.skipped });
      const stored = await upsertConversations({
        account,
        chats: batch.chats,
        messages: batch.messages,
        cursor: batch.cursor,
      });
      batches += 1;
      newMessages += stored.newMessages;
      cursor = batch.cursor;
      if (!batch.hasMore || batches >= MAX_BATCHES) break;
    }
  } catch (error) {
    // Pages stored before the failure count as activity too.
    await recordSyncFailure({
      accountId,
      error,
      data: mode === "sync" ? nextPoll({ lastActivityAt: newMessages > 0 ? new Date() : account.lastActivityAt }) : {},
    });
    log.warn("sync failed", {
      accountId,
      mode,
      batches,
      error: error instanceof Error ? error.message : String(error),
    });
    return { status: "failed", error: error instanceof Error ? error.message : String(error) };
  }
  const activity =
    mode === "sync" ? nextPoll({ lastActivityAt: newMessages > 0 ? new Date() : account.lastActivityAt }) : {};
  await recordSyncSuccess({ accountId, field: mode === "backfill" ? "lastBackfillAt" : "lastSyncAt", data: activity });
  return { status: "synced", batches, newMessages };
}
