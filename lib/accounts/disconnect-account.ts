import { DISCONNECTED, encodeAccountError } from "@/lib/accounts/account-error";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { withDomainEvent } from "@/lib/events/bus";

/**
 * Deletes the account's credentials. Its chats are the workspace's history (answers given, notes,
 * assignments), so an account with chats stays as a "disconnected" shell the owner can reconnect;
 * one without chats has nothing worth keeping and is deleted outright.
 */
export async function disconnectAccount({
  workspaceId,
  accountId,
}: {
  workspaceId: string;
  accountId: string;
}): Promise<{ deleted: boolean }> {
  const db = prisma();
  const account = await db.marketplaceAccount.findFirst({
    where: { id: accountId, workspaceId },
    select: { _count: { select: { chats: true } } },
  });
  if (!account) throw notFound("Account not found");
  if (account._count.chats === 0) {
    await withDomainEvent({ name: "accounts/account.changed", data: { workspaceId, accountId } }, (tx) =>
      tx.marketplaceAccount.deleteMany({ where: { id: accountId, workspaceId } }),
    );
    return { deleted: true };
  }
  await withDomainEvent({ name: "accounts/account.changed", data: { workspaceId, accountId } }, (tx) =>
    tx.marketplaceAccount.updateMany({
      where: { id: accountId, workspaceId },
      data: {
        credentialsEnc: "",
        credentialsHint: "",
        // The webhook URL stops working: its secret is gone with the credentials.
        webhookSecretHash: null,
        webhookSecretEnc: null,
        status: "NEEDS_REAUTH",
        lastError: encodeAccountError(DISCONNECTED),
        // A reconnect may bring another seller's token: start the feed from scratch (ingestion is idempotent).
        syncCursor: null,
        consecutiveFailures: 0,
        nextSyncAt: null,
      },
    }),
  );
  return { deleted: false };
}
