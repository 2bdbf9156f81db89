import { connectorForAccount } from "@/lib/accounts/account-connector";
import { prisma } from "@/lib/db";
import { withDomainEvents } from "@/lib/events/bus";
import { markChatAnswered } from "@/lib/inbox/deliver-reply";
import { logger } from "@/lib/log";
import type { Message as MarketplaceMessage } from "@/lib/marketplaces/schemas";

const log = logger("send-reply");

/** Longer than any send takes (rate-limit waits, retries and timeouts included), so only interrupted ones are settled. */
export const STUCK_REPLY_AFTER_MS = 15 * 60_000;
/** Clocks of ours and the marketplace's differ a little. */
const CLOCK_SKEW_MS = 5 * 60_000;
const MAX_HISTORY_PAGES = 3;

// The stored code (lib/inbox/send-failure.ts): worded where the thread shows it.
export const MAY_HAVE_BEEN_SENT = "may_have_been_sent";

type Outcome = "sent" | "failed";

/**
 * The minute sweep's recovery of replies a crash or shutdown interrupted: a reply still PENDING long
 * after its send began is settled. SENT when the marketplace's chat history shows it, otherwise
 * FAILED "may have been sent", which the thread offers to retry. Each row is settled with a conditional update, so a send or retry that finishes
 * meanwhile wins.
 */
export async function settleStuckReplies({
  now = new Date(),
  limit = 50,
}: { now?: Date; limit?: number } = {}): Promise<Partial<Record<Outcome, number>>> {
  const db = prisma();
  const cutoff = new Date(now.getTime() - STUCK_REPLY_AFTER_MS);
  const stuck = await db.message.findMany({
    where: {
      status: "PENDING",
      author: "SELLER",
      OR: [{ sendingSince: { lt: cutoff } }, { sendingSince: null, createdAt: { lt: cutoff } }],
    },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, chatId: true, text: true, createdAt: true, sendingSince: true },
  });
  const outcomes: Partial<Record<Outcome, number>> = {};
  for (const message of stuck) {
    const outcome = await settleOne({ message });
    if (outcome) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  if (stuck.length) log.info("stuck replies settled", { found: stuck.length, ...outcomes });
  return outcomes;
}

type StuckMessage = { id: string; chatId: string; text: string; createdAt: Date; sendingSince: Date | null };

async function settleOne({ message }: { message: StuckMessage }): Promise<Outcome | null> {
  const db = prisma();
  const since = message.sendingSince ?? message.createdAt;
  const found = await findDelivered({ message, since });
  const data =
    found === null
      ? { status: "FAILED" as const, error: MAY_HAVE_BEEN_SENT, sendingSince: null }
      : { status: "SENT" as const, error: null, sendingSince: null, externalId: found.externalId };
  // Only the attempt we looked at: a retry that started since then has a newer sendingSince.
  const settled = await withDomainEvents(async (tx, publish) => {
    const updated = await tx.message.updateMany({
      where: { id: message.id, status: "PENDING", sendingSince: message.sendingSince },
      data,
    });
    if (updated.count && data.status === "SENT")
      await publish({ name: "inbox/reply.sent", data: { chatId: message.chatId, messageId: message.id } });
    else await publish({ name: "inbox/messages.updated", data: { chatIds: [message.chatId] } });
    return updated;
  });
  if (!settled.count) return null;
  if (data.status === "SENT")
    await markChatAnswered({ chatId: message.chatId, at: message.createdAt, text: message.text });
  return data.status === "SENT" ? "sent" : "failed";
}

/**
 * The marketplace's id of this reply, if its chat history has a seller message with this text sent
 * since the attempt began that no other message of ours already stands for (the same words sent
 * earlier do not count). An echo that ingestion sees later is claimed by it, FAILED or not
 * (lib/ingest/upsert-conversations.ts).
 */
async function findDelivered({
  message,
  since,
}: {
  message: StuckMessage;
  since: Date;
}): Promise<{ externalId: string } | null> {
  const db = prisma();
  const after = new Date(since.getTime() - CLOCK_SKEW_MS);
  const text = message.text.trim();
  if (!text) return null; // a files-only reply cannot be recognised by its text
  const chat = await db.chat.findUniqueOrThrow({ where: { id: message.chatId }, include: { account: true } });
  if (chat.kind !== "CHAT") return null; // an answer to a review is not looked up: the operator checks it
  try {
    const connector = connectorForAccount({ account: chat.account });
    if (!connector.capabilities.chatHistory) return null;
    let pageToken: string | null | undefined = null;
    for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
      const result = await connector.listMessages({
        chat: { externalId: chat.externalId, replyToken: chat.replyToken },
        pageToken,
      });
      const candidates = result.items.filter((m) => isSameReply({ remote: m, text, after })).map((m) => m.externalId);
      if (candidates.length) {
        const known = await db.message.findMany({
          where: { chatId: chat.id, externalId: { in: candidates } },
          select: { externalId: true },
        });
        const free = candidates.find((id) => !known.some((k) => k.externalId === id));
        if (free) return { externalId: free };
      }
      pageToken = result.nextPageToken;
      if (!pageToken) break;
    }
  } catch (error) {
    // The marketplace cannot tell us now: the operator decides, with the reason saying it may have gone out.
    log.warn("could not check a stuck reply", {
      messageId: message.id,
      chatId: chat.id,
      error: error instanceof Error ? error.name : "unknown",
    });
  }
  return null;
}

function isSameReply({ remote, text, after }: { remote: MarketplaceMessage; text: string; after: Date }): boolean {
  return (
    remote.author === "seller" && remote.text.trim() === text && new Date(remote.createdAt).getTime() >= after.getTime()
  );
}
