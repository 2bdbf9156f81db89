import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor, type ChatListQuery } from "@/lib/inbox/chat-list-query";

const VIEW_FILTERS: Record<ChatListQuery["view"], (userId: string) => Prisma.ChatWhereInput> = {
  needs_reply: () => ({ status: "OPEN", awaitingReplySince: { not: null } }),
  all: () => ({ status: { not: "CLOSED" } }),
  mine: (userId) => ({ assigneeId: userId, status: "OPEN" }),
  resolved: () => ({ status: "RESOLVED" }),
  questions: () => ({ kind: "QUESTION" }),
  reviews: () => ({ kind: "REVIEW" }),
};

export async function listChats({ workspaceId, userId, query }: { workspaceId: string; userId: string; query: ChatListQuery }) {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw new AppError("bad_request", "Invalid cursor");
  const q = query.q?.trim();
  const where: Prisma.ChatWhereInput = {
    workspaceId,
    ...(query.marketplace ? { marketplace: query.marketplace } : {}),
    ...VIEW_FILTERS[query.view](userId),
    ...(q
      ? {
          OR: [
            { customerName: { contains: q, mode: "insensitive" } },
            { orderId: { contains: q } },
            { productTitle: { contains: q, mode: "insensitive" } },
            { productId: q },
          ],
        }
      : {}),
    ...(cursor
      ? { AND: [{ OR: [{ lastMessageAt: { lt: cursor.lastMessageAt } }, { lastMessageAt: cursor.lastMessageAt, id: { lt: cursor.id } }] }] }
      : {}),
  };
  const rows = await prisma().chat.findMany({
    where,
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      marketplace: true,
      kind: true,
      contextType: true,
      orderId: true,
      productId: true,
      productTitle: true,
      customerName: true,
      status: true,
      marketplaceStatus: true,
      rating: true,
      unreadCount: true,
      lastMessageAt: true,
      lastMessagePreview: true,
      awaitingReplySince: true,
      assignee: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { chats: page, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}
