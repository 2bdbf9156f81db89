import { z } from "zod";
import { withDomainEvent } from "@/lib/events/bus";

export const markReadSchema = z.object({ ids: z.array(z.string().min(1).max(100)).max(100).optional() });

/** Marks the given notifications (all when no ids) of this member as read; others' ids are ignored. */
export async function markNotificationsRead({
  workspaceId,
  userId,
  input,
  now = new Date(),
}: {
  workspaceId: string;
  userId: string;
  input: z.infer<typeof markReadSchema>;
  now?: Date;
}) {
  const done = await withDomainEvent(
    { name: "notifications/notifications.read", data: { workspaceId, userId } },
    (tx) =>
      tx.notification.updateMany({
        where: { workspaceId, userId, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
        data: { readAt: now },
      }),
  );
  return { marked: done.count };
}
