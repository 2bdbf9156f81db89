import { connectorForAccount } from "@/lib/accounts/account-connector";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import type { RemoteRead } from "@/lib/inbox/mark-chat-read";

const log = logger("inbox");

/**
 * Best effort: marks the chat read on the marketplace where it supports that. Runs after the response,
 * so a failure is logged for us and never shown to the operator (the local read state is what counts).
 */
export async function markReadOnMarketplace({
  remote,
}: {
  remote: RemoteRead;
}): Promise<"done" | "unsupported" | "failed"> {
  try {
    const account = await prisma().marketplaceAccount.findUnique({
      where: { id: remote.accountId },
      select: { id: true, marketplace: true, credentialsEnc: true, baseUrls: true },
    });
    if (!account) return "failed";
    const connector = connectorForAccount({ account });
    if (!connector.capabilities.markRead) return "unsupported";
    await connector.markRead({ chat: remote.chat, upToMessageId: remote.upToMessageId });
    return "done";
  } catch (error) {
    log.warn("mark read on marketplace failed", {
      accountId: remote.accountId,
      error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : typeof error,
    });
    return "failed";
  }
}
