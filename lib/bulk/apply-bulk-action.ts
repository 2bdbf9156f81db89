import { sql } from "kysely";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BulkAction } from "@/lib/bulk/bulk-schema";
import type { Publish } from "@/lib/events/bus";
import { execute, qb, rows } from "@/lib/typed-sql";

type Tx = Prisma.TransactionClient;

/**
 * One batch of a bulk action, in one statement per table. Each statement changes only the chats not
 * already in the wanted state, so a repeated batch changes nothing and `changed` counts real changes.
 */
export async function applyBulkAction({
  tx,
  publish,
  workspaceId,
  action,
  chatIds,
  now,
}: {
  tx: Tx;
  publish: Publish;
  workspaceId: string;
  action: BulkAction;
  chatIds: string[];
  now: Date;
}): Promise<number> {
  // The batch as one text parameter, whatever its size.
  const batch = sql<string>`ANY(string_to_array(${chatIds.join(",")}, ','))`;
  const chats = qb.updateTable("Chat").where("workspaceId", "=", workspaceId).where("id", "=", batch);
  const inWorkspace = qb.selectFrom("Chat").select("id").where("workspaceId", "=", workspaceId);
  switch (action.type) {
    case "resolve": {
      const resolved = await rows(
        chats.set({ status: "RESOLVED", updatedAt: now }).where("status", "=", "OPEN").returning("id"),
        tx,
      );
      // The same announcement as a single resolve (lib/inbox/update-chat.ts): reports, follow-up rules...
      if (resolved.length)
        await publish({
          name: "inbox/chats.resolved",
          data: { workspaceId, chatIds: resolved.map((c) => c.id), userId: null, at: now },
        });
      return resolved.length;
    }
    case "assign": {
      const { assigneeId } = action;
      const query = chats.set({ assigneeId, updatedAt: now }).where("assigneeId", "is distinct from", assigneeId);
      // A member removed since the job started is assigned nothing.
      const member = (userId: string) =>
        qb
          .selectFrom("Membership")
          .select(sql.lit(1).as("one"))
          .where("workspaceId", "=", workspaceId)
          .where("userId", "=", userId);
      const assigned = await rows(
        (assigneeId ? query.where(({ exists }) => exists(member(assigneeId))) : query).returning("id"),
        tx,
      );
      // As for a single assignment (lib/inbox/update-chat.ts): the report moves the running waits.
      if (assigneeId && assigned.length)
        await publish({ name: "inbox/chats.assigned", data: { workspaceId, chatIds: assigned.map((c) => c.id) } });
      return assigned.length;
    }
    case "snooze": {
      const until = new Date(action.until);
      return execute(
        chats
          .set({ snoozedUntil: until, updatedAt: now })
          .where("status", "=", "OPEN")
          .where("snoozedUntil", "is distinct from", until),
        tx,
      );
    }
    case "read": {
      const messages = qb
        .updateTable("Message")
        .set({ readAt: now })
        .where("chatId", "=", batch)
        .where("author", "=", "BUYER")
        .where("readAt", "is", null);
      await execute(messages.where("chatId", "in", inWorkspace), tx);
      return execute(
        chats
          .set({ unreadCount: 0, isNewChat: false, updatedAt: now })
          .where((eb) => eb.or([eb("unreadCount", ">", 0), eb.ref("isNewChat")])),
        tx,
      );
    }
    case "label": {
      if (!action.on)
        return execute(
          qb
            .deleteFrom("ChatLabel")
            .where("labelId", "=", action.labelId)
            .where("chatId", "=", batch)
            .where("chatId", "in", inWorkspace),
          tx,
        );
      // The label as it is now, in the workspace: one deleted since the job started puts nothing on.
      const pairs = qb
        .selectFrom("Chat as c")
        .innerJoin("Label as l", (j) => j.on("l.id", "=", action.labelId).on("l.workspaceId", "=", workspaceId))
        .select(["c.id as chatId", "l.id as labelId", sql.val(now).as("createdAt")])
        .where("c.workspaceId", "=", workspaceId)
        .where("c.id", "=", batch);
      return execute(
        qb
          .insertInto("ChatLabel")
          .columns(["chatId", "labelId", "createdAt"])
          .expression(pairs)
          .onConflict((oc) => oc.doNothing()),
        tx,
      );
    }
  }
}
