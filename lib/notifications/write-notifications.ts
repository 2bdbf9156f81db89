import type { Publish } from "@/lib/events/bus";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind, NotificationParams } from "@/lib/notifications/notification-text";

type Tx = Prisma.TransactionClient;

/** One in-app notification (the bell in the header) for one member: its kind and the values it is worded from. */
export type NotificationRow = {
  [K in NotificationKind]: { kind: K; params: NotificationParams[K] };
}[NotificationKind] & {
  userId: string;
  /** A mention's note; worded notifications have none. */
  body?: string;
  chatId?: string | null;
  caseId?: string | null;
};

/**
 * The one writer of notifications: the rows, announced (notifications/notifications.added: the stream's
 * subscriber rings the bell) in the change's transaction, so a change that rolls back notifies nobody.
 * Every domain announces an event instead (lib/notifications/notification-subscribers.ts turns them into rows).
 */
export async function writeNotifications({
  tx,
  publish,
  workspaceId,
  rows,
}: {
  tx: Tx;
  publish: Publish;
  workspaceId: string;
  rows: NotificationRow[];
}): Promise<void> {
  if (!rows.length) return;
  await tx.notification.createMany({ data: rows.map((r) => ({ workspaceId, ...r })) });
  await publish({
    name: "notifications/notifications.added",
    data: { workspaceId, userIds: [...new Set(rows.map((r) => r.userId))] },
  });
}
