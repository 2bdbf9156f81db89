import { z } from "zod";
import { prisma } from "@/lib/db";
import { wordScheduledError } from "@/lib/follow-ups/scheduled-failure-text";
import { SCHEDULED_WITH_CHAT_SELECT } from "@/lib/follow-ups/scheduled-view";
import type { Locale } from "@/lib/i18n/dictionaries";

export const scheduledListQuerySchema = z.object({
  status: z.enum(["SCHEDULED", "SENDING", "SENT", "FAILED", "CANCELLED", "all"]).default("SCHEDULED"),
  chatId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ScheduledListQuery = z.infer<typeof scheduledListQuerySchema>;

/** The workspace's scheduled messages (or one chat's), waiting ones soonest first, the rest newest first; reasons in `locale`. */
export async function listScheduledMessages({
  workspaceId,
  query,
  locale,
}: {
  workspaceId: string;
  query: ScheduledListQuery;
  locale: Locale;
}) {
  const waiting = query.status === "SCHEDULED" || query.status === "SENDING";
  const messages = await prisma().scheduledMessage.findMany({
    where: {
      workspaceId,
      ...(query.status !== "all" ? { status: query.status } : {}),
      ...(query.chatId ? { chatId: query.chatId } : {}),
    },
    orderBy: waiting ? [{ sendAt: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "desc" }],
    take: query.limit,
    select: SCHEDULED_WITH_CHAT_SELECT,
  });
  return { messages: messages.map((m) => wordScheduledError(m, locale)) };
}
