import type { Prisma } from "@/lib/generated/prisma/client";
import type { BulkAction } from "@/lib/bulk/bulk-schema";
import type { Publish } from "@/lib/events/bus";

type Tx = Prisma.TransactionClient;

/**
 * One batch of a bulk action, in one statement per table. Each statement changes only the chats not
 * already in the wanted state, so a repeated batch changes nothing and `changed` counts real changes.
 */
export async function applyBulkAction({ tx, publish, workspaceId, action, chatIds, now }: { tx: Tx; publish: Publish; workspaceId: string; action: BulkAction; chatIds: string[]; now: Date }): Promise<number> {
  const ids = chatIds.join(",");
  switch (action.type) {
    case "resolve": {
      const resolved = await tx.$queryRaw<{ id: string }[]>`UPDATE "Chat" SET status = 'RESOLVED', "updatedAt" = ${now} WHERE "workspaceId" = ${workspaceId} AND id = ANY(string_to_array(${ids}, ',')) AND status = 'OPEN' RETURNING id`;
      // The same announcement as a single resolve (lib/inbox/update-chat.ts): reports, follow-up rules...
      if (resolved.length) await publish({ name: "inbox/chats.resolved", data: { workspaceId, chatIds: resolved.map((c) => c.id), userId: null, at: now } });
      return resolved.length;
    }
    case "assign": {
      // A member removed since the job started is assigned nothing.
      const assigned = await tx.$queryRaw<{ id: string }[]>`UPDATE "Chat" SET "assigneeId" = ${action.assigneeId}, "updatedAt" = ${now} WHERE "workspaceId" = ${workspaceId} AND id = ANY(string_to_array(${ids}, ',')) AND "assigneeId" IS DISTINCT FROM ${action.assigneeId}
        AND (${action.assigneeId}::text IS NULL OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."workspaceId" = ${workspaceId} AND m."userId" = ${action.assigneeId})) RETURNING id`;
      // As for a single assignment (lib/inbox/update-chat.ts): the report moves the running waits.
      if (action.assigneeId && assigned.length) await publish({ name: "inbox/chats.assigned", data: { workspaceId, chatIds: assigned.map((c) => c.id) } });
      return assigned.length;
    }
    case "snooze":
      return tx.$executeRaw`UPDATE "Chat" SET "snoozedUntil" = ${new Date(action.until)}, "updatedAt" = ${now} WHERE "workspaceId" = ${workspaceId} AND id = ANY(string_to_array(${ids}, ',')) AND status = 'OPEN' AND "snoozedUntil" IS DISTINCT FROM ${new Date(action.until)}`;
    case "read": {
      await tx.$executeRaw`UPDATE "Message" SET "readAt" = ${now} WHERE "chatId" = ANY(string_to_array(${ids}, ',')) AND author = 'BUYER' AND "readAt" IS NULL
        AND "chatId" IN (SELECT id FROM "Chat" WHERE "workspaceId" = ${workspaceId})`;
      return tx.$executeRaw`UPDATE "Chat" SET "unreadCount" = 0, "isNewChat" = false, "updatedAt" = ${now} WHERE "workspaceId" = ${workspaceId} AND id = ANY(string_to_array(${ids}, ',')) AND ("unreadCount" > 0 OR "isNewChat")`;
    }
    case "label":
      return action.on
        ? // The label as it is now, in the workspace: one deleted since the job started puts nothing on.
          tx.$executeRaw`INSERT INTO "ChatLabel" ("chatId", "labelId", "createdAt") SELECT c.id, l.id, ${now} FROM "Chat" c
            JOIN "Label" l ON l.id = ${action.labelId} AND l."workspaceId" = ${workspaceId}
            WHERE c."workspaceId" = ${workspaceId} AND c.id = ANY(string_to_array(${ids}, ',')) ON CONFLICT DO NOTHING`
        : tx.$executeRaw`DELETE FROM "ChatLabel" WHERE "labelId" = ${action.labelId} AND "chatId" = ANY(string_to_array(${ids}, ','))
            AND "chatId" IN (SELECT id FROM "Chat" WHERE "workspaceId" = ${workspaceId})`;
  }
}
