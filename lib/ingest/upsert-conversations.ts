import { classifyMessage } from "@/lib/ai/classify-message";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { chatWithIdOnly, type Chat, type Message } from "@/lib/marketplaces/schemas";
import { applyChatDisputes } from "@/lib/ingest/apply-chat-disputes";
import { refreshChatState } from "@/lib/ingest/refresh-chat-state";
import { withDomainEvents, type Publish } from "@/lib/events/bus";
import { descriptorOf } from "@/lib/marketplaces/registry";
import { fullMessageText } from "@/lib/text/review-text";

type Tx = Prisma.TransactionClient;
type AccountRef = { id: string; workspaceId: string; marketplace: Marketplace };

const KIND = { chat: "CHAT", question: "QUESTION", review: "REVIEW" } as const;
const AUTHOR = { buyer: "BUYER", seller: "SELLER", marketplace: "MARKETPLACE", system: "SYSTEM" } as const;
// A reply we sent comes back from the marketplace with its own id; this close in time and equal in
// text, it is the same message, not a second one.
const ECHO_WINDOW_MS = 15 * 60_000;

/** The marketplace ended the chat (its descriptor's closed statuses, any case): nothing more can be sent. */
function isClosedByMarketplace(account: AccountRef, status: string | null | undefined): boolean {
  const upper = status?.trim().toUpperCase();
  return !!upper && descriptorOf(account).closedChatStatuses.some((s) => s.toUpperCase() === upper);
}

export type UpsertResult = { newMessages: number; newBuyerMessages: number; newChats: number; chatIds: string[] };
type Input = {
  account: AccountRef;
  chats: Chat[];
  messages: Message[];
  cursor?: string | null;
  /** Work of the caller that must commit with the conversations (the reviews' ratings). */
  also?: (tx: Tx, publish: Publish) => Promise<void>;
};

/**
 * Stores normalised chats and messages idempotently (chats by account+kind+externalId, messages by
 * chat+externalId), then recomputes each touched chat's derived state. An optional cursor is saved in
 * the same transaction, so a poll never skips or repeats what it stored. Announces what it stored
 * (inbox/messages.stored, inbox/chats.closed): response waits, follow-ups, negative-review cases, fair
 * assignment and the live stream follow from there.
 */
export async function upsertConversations(input: Input): Promise<UpsertResult> {
  return withDomainEvents((tx, publish) => storeConversations(tx, publish, input), { timeout: 30_000 });
}

async function storeConversations(
  tx: Tx,
  publish: Publish,
  { account, chats, messages, cursor, also }: Input,
): Promise<UpsertResult> {
  const chatIdByExternal = new Map<string, string>();
  const closedIds: string[] = [];
  // What the members' screens must show: chats that appeared or closed, threads with new messages.
  const changedChats = new Set<string>();
  const messageChats = new Set<string>();
  let newChats = 0;
  for (const chat of chats) {
    const { id, created } = await upsertChat(tx, account, chat);
    chatIdByExternal.set(chat.externalId, id);
    if (created) {
      newChats += 1;
      changedChats.add(id);
    }
    if (chat.kind === "chat" && isClosedByMarketplace(account, chat.marketplaceStatus)) closedIds.push(id);
  }
  await applyChatDisputes({
    tx,
    accountId: account.id,
    disputes: chats.flatMap((c) =>
      c.kind === "chat" && c.dispute ? [{ ...c.dispute, chatExternalId: c.externalId }] : [],
    ),
  });
  if (closedIds.length) {
    // Closed by the marketplace: no follow-up can go into it any more.
    const closed = { id: { in: closedIds } };
    await tx.chat.updateMany({ where: { ...closed, status: { not: "CLOSED" } }, data: { status: "CLOSED" } });
    await publish({ name: "inbox/chats.closed", data: { chatIds: closedIds } });
    closedIds.forEach((id) => changedChats.add(id));
  }
  // Messages may name chats the batch did not describe (events about a known chat): the known ones in
  // one look-up (a burst of pushes names dozens), the others created one by one.
  const undescribed = [...new Set(messages.map((m) => m.chatExternalId))].filter(
    (externalId) => !chatIdByExternal.has(externalId),
  );
  if (undescribed.length) {
    const known = await tx.chat.findMany({
      where: { accountId: account.id, kind: "CHAT", externalId: { in: undescribed } },
      select: { id: true, externalId: true },
    });
    for (const chat of known) chatIdByExternal.set(chat.externalId, chat.id);
  }
  for (const externalId of undescribed) {
    if (chatIdByExternal.has(externalId)) continue;
    const { id, created } = await upsertChat(tx, account, chatWithIdOnly({ externalId }));
    chatIdByExternal.set(externalId, id);
    if (created) {
      newChats += 1;
      changedChats.add(id);
    }
  }

  const rows: Prisma.MessageCreateManyInput[] = [];
  for (const m of messages) {
    const chatId = chatIdByExternal.get(m.chatExternalId)!;
    const echo = m.author === "seller" ? await claimEcho(tx, chatId, m) : null;
    if (echo === "claimed") messageChats.add(chatId);
    if (echo) continue;
    // A review is classified by all its words: its text, pros and cons.
    const words = fullMessageText(m);
    const classification =
      m.author === "buyer" && words.trim() ? classifyMessage({ text: words, marketplace: account.marketplace }) : null;
    rows.push({
      chatId,
      externalId: m.externalId,
      author: AUTHOR[m.author],
      text: m.text,
      ...(m.notice ? { notice: m.notice } : {}),
      ...(m.reviewPros ? { reviewPros: m.reviewPros } : {}),
      ...(m.reviewCons ? { reviewCons: m.reviewCons } : {}),
      createdAt: new Date(m.createdAt),
      readAt: m.author === "buyer" && m.isRead ? new Date(m.createdAt) : null,
      status: m.author === "seller" ? "SENT" : null,
      sentiment: classification?.sentiment,
      intent: classification?.intent,
      priority: classification?.priority,
    });
  }
  const inserted = rows.length
    ? await tx.message.createManyAndReturn({
        data: rows,
        skipDuplicates: true,
        select: { id: true, chatId: true, author: true, externalId: true },
      })
    : [];
  const attachmentRows = attachmentsFor(messages, inserted, chatIdByExternal);
  if (attachmentRows.length) await tx.attachment.createMany({ data: attachmentRows });

  const buyerRows = inserted.filter((m) => m.author === "BUYER");
  const woken = [...new Set(buyerRows.map((m) => m.chatId))];
  if (woken.length) {
    // A buyer writing again reopens a resolved chat and ends a snooze, in one statement (a burst's hot
    // path); refreshChatState below stamps updatedAt on these chats.
    await tx.$executeRaw`UPDATE "Chat" SET status = CASE WHEN status = 'RESOLVED' THEN 'OPEN' ELSE status END, "snoozedUntil" = NULL
      WHERE id = ANY(${woken}) AND (status = 'RESOLVED' OR "snoozedUntil" IS NOT NULL)`;
  }
  const chatIds = [...new Set(chatIdByExternal.values())];
  await refreshChatState({ tx, chatIds });
  if (cursor !== undefined)
    await tx.marketplaceAccount.update({ where: { id: account.id }, data: { syncCursor: cursor } });
  if (also) await also(tx, publish);
  inserted.forEach((m) => messageChats.add(m.chatId));
  // Last: the live stream's subscriber holds the workspace's stream lock from here to the commit.
  await publish({
    name: "inbox/messages.stored",
    data: {
      workspaceId: account.workspaceId,
      chatIds,
      messageChatIds: [...messageChats],
      changedChatIds: [...changedChats],
      buyerChatIds: woken,
      newMessages: inserted.length,
      newChats,
    },
  });
  return { newMessages: inserted.length, newBuyerMessages: buyerRows.length, newChats, chatIds };
}

async function upsertChat(tx: Tx, account: AccountRef, chat: Chat): Promise<{ id: string; created: boolean }> {
  const where = {
    accountId_kind_externalId: { accountId: account.id, kind: KIND[chat.kind], externalId: chat.externalId },
  };
  const ctx = chat.context;
  const known = {
    ...(chat.customerName ? { customerName: chat.customerName } : {}),
    ...(chat.buyerId ? { buyerId: chat.buyerId } : {}),
    ...(chat.marketplaceStatus ? { marketplaceStatus: chat.marketplaceStatus } : {}),
    ...(chat.replyToken ? { replyToken: chat.replyToken } : {}),
    ...(ctx.orderId ? { orderId: ctx.orderId } : {}),
    ...(ctx.returnId ? { returnId: ctx.returnId } : {}),
    ...(ctx.productId ? { productId: ctx.productId } : {}),
    ...(ctx.itemTitle ? { productTitle: ctx.itemTitle } : {}),
  };
  const existing = await tx.chat.findUnique({ where, select: { id: true } });
  if (existing) {
    if (Object.keys(known).length) await tx.chat.update({ where: { id: existing.id }, data: known });
    return { id: existing.id, created: false };
  }
  const createdAt = chat.createdAt
    ? new Date(chat.createdAt)
    : chat.lastMessageAt
      ? new Date(chat.lastMessageAt)
      : new Date();
  const created = await tx.chat.upsert({
    where,
    update: known,
    create: {
      workspaceId: account.workspaceId,
      accountId: account.id,
      marketplace: account.marketplace,
      kind: KIND[chat.kind],
      externalId: chat.externalId,
      contextType: ctx.returnId
        ? "RETURN"
        : ctx.orderId
          ? "ORDER"
          : ctx.productId
            ? "PRODUCT"
            : ctx.itemTitle
              ? "ITEM"
              : "NONE",
      isNewChat: true,
      createdAt,
      lastMessageAt: chat.lastMessageAt ? new Date(chat.lastMessageAt) : createdAt,
      ...known,
    },
    select: { id: true },
  });
  return { id: created.id, created: true };
}

async function claimEcho(tx: Tx, chatId: string, m: Message): Promise<"stored" | "claimed" | null> {
  // Already stored under its id (an edited review answer keeps its comment id): nothing to claim, and a
  // newer reply with the same text must not take the id.
  if (await tx.message.findFirst({ where: { chatId, externalId: m.externalId }, select: { id: true } }))
    return "stored";
  const at = new Date(m.createdAt).getTime();
  const claimed = await tx.message.updateMany({
    where: {
      chatId,
      author: "SELLER",
      externalId: null,
      text: m.text,
      createdAt: { gte: new Date(at - ECHO_WINDOW_MS), lte: new Date(at + ECHO_WINDOW_MS) },
    },
    data: { externalId: m.externalId, status: "SENT", error: null },
  });
  return claimed.count > 0 ? "claimed" : null;
}

function attachmentsFor(
  messages: Message[],
  inserted: { id: string; chatId: string; externalId: string | null }[],
  chatIdByExternal: Map<string, string>,
): Prisma.AttachmentCreateManyInput[] {
  if (!inserted.length || !messages.some((m) => m.attachments.length)) return [];
  const idByKey = new Map(inserted.map((r) => [`${r.chatId}|${r.externalId}`, r.id]));
  return messages.flatMap((m) => {
    const messageId = idByKey.get(`${chatIdByExternal.get(m.chatExternalId)}|${m.externalId}`);
    if (!messageId) return [];
    return m.attachments.map((a) => ({
      messageId,
      externalId: a.externalId,
      fileName: a.fileName,
      mimeType: a.mimeType ?? "application/octet-stream",
      size: a.size,
      sourceRef: a.url,
    }));
  });
}
