import { z } from "zod";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/dictionaries";
import { REPLY_MESSAGE_SELECT } from "@/lib/inbox/reply-message";
import { wordMessage } from "@/lib/inbox/word-message";

export const messageListQuerySchema = z.object({
  before: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

/** Newest page first by (createdAt, id); `before` is a message id for loading older history. */
export async function listMessages({
  workspaceId,
  chatId,
  query,
  locale,
}: {
  workspaceId: string;
  chatId: string;
  query: z.infer<typeof messageListQuerySchema>;
  /** The reader's language, for the reasons of failed replies and the marketplace's notices. */
  locale: Locale;
}) {
  const chat = await prisma().chat.findFirst({ where: { id: chatId, workspaceId }, select: { id: true } });
  if (!chat) throw notFound("Chat not found");
  const anchor = query.before
    ? await prisma().message.findFirst({ where: { id: query.before, chatId }, select: { createdAt: true, id: true } })
    : null;
  const rows = await prisma().message.findMany({
    where: {
      chatId,
      ...(anchor
        ? { OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: REPLY_MESSAGE_SELECT,
  });
  const page = rows.slice(0, query.limit);
  return {
    messages: page.reverse().map((m) => wordMessage(m, locale)),
    hasMore: rows.length > query.limit,
  };
}
