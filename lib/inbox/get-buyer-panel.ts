import { accountName } from "@/lib/accounts/account-name";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { LABEL_SELECT } from "@/lib/labels/label-schema";
import { NOTE_SELECT } from "@/lib/inbox/note-select";
import { findDescriptor } from "@/lib/marketplaces/registry";

// The buyer's other conversations shown beside the thread; older ones are a search away.
const OTHERS = 20;

/**
 * What the buyer panel shows beside a thread: the buyer, the order or product in context with the
 * marketplace's links, the buyer's other chats, questions and reviews in this workspace (on any of its
 * accounts of the same marketplace, matched by the marketplace's buyer id only, never by name), the
 * chat's labels and notes, and its negative-review case.
 */
export async function getBuyerPanel({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    select: {
      id: true,
      marketplace: true,
      kind: true,
      externalId: true,
      customerName: true,
      buyerId: true,
      orderId: true,
      returnId: true,
      productId: true,
      itemId: true,
      productTitle: true,
      marketplaceStatus: true,
      rating: true,
      createdAt: true,
      lastMessageAt: true,
      account: { select: { name: true, marketplace: true, identityKey: true } },
    },
  });
  if (!chat) throw notFound("Chat not found");
  const [others, labels, notes, kase] = await Promise.all([
    chat.buyerId
      ? prisma().chat.findMany({
          where: { workspaceId, marketplace: chat.marketplace, buyerId: chat.buyerId, id: { not: chat.id } },
          orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
          take: OTHERS,
          select: {
            id: true,
            kind: true,
            status: true,
            rating: true,
            productTitle: true,
            orderId: true,
            lastMessageAt: true,
            lastMessagePreview: true,
            lastMessageNotice: true,
            account: { select: { name: true, marketplace: true, identityKey: true } },
          },
        })
      : Promise.resolve(null),
    prisma().chatLabel.findMany({
      where: { chatId },
      select: { label: { select: LABEL_SELECT } },
      orderBy: { label: { name: "asc" } },
    }),
    prisma().chatNote.findMany({
      where: { chatId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 5,
      select: NOTE_SELECT,
    }),
    prisma().negativeReviewCase.findFirst({
      where: { workspaceId, OR: [{ reviewChatId: chatId }, { chatId }] },
      orderBy: { openedAt: "desc" },
      select: { id: true, status: true, rating: true, finalRating: true, deadlineAt: true, reviewCreatedAt: true },
    }),
  ]);
  const cabinet = findDescriptor({ value: chat.marketplace })?.cabinet;
  const links = cabinet
    ? [
        ...(chat.orderId && cabinet.order ? [{ kind: "order" as const, url: cabinet.order(chat.orderId) }] : []),
        ...(chat.productId && cabinet.product
          ? [{ kind: "product" as const, url: cabinet.product(chat.productId) }]
          : []),
        ...(chat.kind === "CHAT" && cabinet.chat
          ? [{ kind: "chat" as const, url: cabinet.chat(chat.externalId) }]
          : []),
        { kind: "home" as const, url: cabinet.home },
      ]
    : [];
  return {
    buyer: {
      name: chat.customerName,
      marketplace: chat.marketplace,
      buyerId: chat.buyerId,
      account: accountName(chat.account),
    },
    context: {
      orderId: chat.orderId,
      returnId: chat.returnId,
      productId: chat.productId,
      itemId: chat.itemId,
      productTitle: chat.productTitle,
      marketplaceStatus: chat.marketplaceStatus,
      rating: chat.rating,
      createdAt: chat.createdAt,
      lastMessageAt: chat.lastMessageAt,
      links,
    },
    // null: the marketplace gave no buyer id, so nothing can be matched (never by name).
    others: others?.map(({ account, ...o }) => ({ ...o, account: accountName(account) })) ?? null,
    labels: labels.map((l) => l.label),
    notes,
    negativeCase: kase,
  };
}
