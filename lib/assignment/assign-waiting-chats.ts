import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { withDomainEvents } from "@/lib/events/bus";
import { needsReplySql } from "@/lib/inbox/list-chats";
import type { Row } from "@/lib/typed-sql";

type Tx = Prisma.TransactionClient;
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };
type Member = Row<"Membership">;
type Chat = Row<"Chat">;
// An online member who takes chats: the allowed marketplaces and kinds (empty for any), the cap and the open chats now.
type Candidate = Pick<Member, "userId" | "lastAssignedAt" | "marketplaces" | "kinds"> & {
  cap: Member["maxOpenChats"];
  open: number;
};

// How many waiting chats one pass hands out; the next pass (the minute sweep) takes the rest.
const BATCH = 500;

/**
 * Serializes the assigners of one workspace for the rest of the transaction: two instances or requests
 * assigning at once are decided one after the other, so neither sees a load the other is changing.
 */
export async function lockAssignment({ tx, workspaceId }: { tx: Tx; workspaceId: string }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`assign:${workspaceId}`}, 0))`;
}

/**
 * Fair assignment: the chats waiting for a reply with nobody assigned, oldest first (the queue), go to
 * the online members with room under their cap, round-robin (the one assigned longest ago first), each
 * only to a member allowed its marketplace and kind. A chat nobody can take stays in the queue for the
 * next pass, which runs when a member frees up or comes online, on every new buyer message and each minute.
 */
export async function assignWaitingChats({
  workspaceId,
  now = new Date(),
  batch = BATCH,
}: {
  workspaceId: string;
  now?: Date;
  batch?: number;
}) {
  const enabled = await prisma().workspace.findUnique({ where: { id: workspaceId }, select: { autoAssign: true } });
  if (!enabled?.autoAssign) return { assigned: [] as { chatId: string; userId: string }[] };
  return withDomainEvents(async (tx, publish) => {
    await lockAssignment({ tx, workspaceId });
    const members = await tx.$queryRaw<Nullable<Candidate, "marketplaces" | "kinds">[]>`
      SELECT m."userId", m."maxOpenChats" AS cap, m."lastAssignedAt", m.marketplaces::text[] AS marketplaces, m.kinds::text[] AS kinds,
        (SELECT count(*)::int FROM "Chat" c WHERE c."workspaceId" = m."workspaceId" AND c."assigneeId" = m."userId" AND c.status = 'OPEN') AS open
      FROM "Membership" m
      WHERE m."workspaceId" = ${workspaceId} AND m.online AND m."maxOpenChats" > 0`;
    const candidates: Candidate[] = members.map((m) => ({
      ...m,
      open: Number(m.open),
      cap: Number(m.cap),
      marketplaces: m.marketplaces ?? [],
      kinds: m.kinds ?? [],
    }));
    if (!candidates.some((c) => c.open < c.cap)) return { assigned: [] };
    const queue = await tx.$queryRaw<Pick<Chat, "id" | "marketplace" | "kind">[]>`
      SELECT c.id, c.marketplace::text AS marketplace, c.kind::text AS kind FROM "Chat" c
      WHERE c."workspaceId" = ${workspaceId} AND c."assigneeId" IS NULL AND ${needsReplySql({ now })}
      ORDER BY c."awaitingReplySince", c.id LIMIT ${batch}
      FOR UPDATE SKIP LOCKED`;
    const assigned: { chatId: string; userId: string }[] = [];
    let tick = 0;
    for (const chat of queue) {
      const next = pickMember({ candidates, marketplace: chat.marketplace, kind: chat.kind });
      if (!next) continue;
      const { count } = await tx.chat.updateMany({
        where: { id: chat.id, workspaceId, assigneeId: null },
        data: { assigneeId: next.userId },
      });
      if (!count) continue;
      // Strictly increasing times keep the round-robin order within a pass and across passes.
      next.lastAssignedAt = new Date(now.getTime() + tick++);
      next.open += 1;
      assigned.push({ chatId: chat.id, userId: next.userId });
    }
    for (const c of candidates) {
      if (assigned.some((a) => a.userId === c.userId))
        await tx.membership.update({
          where: { workspaceId_userId: { workspaceId, userId: c.userId } },
          data: { lastAssignedAt: c.lastAssignedAt },
        });
    }
    // The report counts each running wait for the operator it went to (lib/reports/assign-response-waits.ts).
    if (assigned.length)
      await publish({ name: "inbox/chats.assigned", data: { workspaceId, chatIds: assigned.map((a) => a.chatId) } });
    if (assigned.length)
      await publish({
        name: "inbox/chats.updated",
        data: { workspaceId, chatIds: assigned.map((a) => a.chatId), queueChanged: false, at: now },
      });
    return { assigned };
  });
}

/** The member with room who was assigned longest ago (never first), among those allowed this chat. */
export function pickMember({
  candidates,
  marketplace,
  kind,
}: {
  candidates: Candidate[];
  marketplace: Chat["marketplace"];
  kind: Chat["kind"];
}): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.open >= c.cap) continue;
    if (c.marketplaces.length && !c.marketplaces.includes(marketplace)) continue;
    if (c.kinds.length && !c.kinds.includes(kind)) continue;
    const at = c.lastAssignedAt?.getTime() ?? -Infinity;
    const bestAt = best ? (best.lastAssignedAt?.getTime() ?? -Infinity) : Infinity;
    if (!best || at < bestAt || (at === bestAt && c.userId < best.userId)) best = c;
  }
  return best;
}
