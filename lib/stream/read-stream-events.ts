import { prisma } from "@/lib/db";
import type { StreamEvent } from "@/lib/stream/stream-hub";

/** More missed events than this and the client refetches everything instead ("resync"). */
export const REPLAY_LIMIT = 500;

export type Replay = { kind: "events"; events: StreamEvent[] } | { kind: "resync"; latestId: bigint };

/** The workspace's newest event id (0 when it has none): where a fresh stream starts. */
export async function latestStreamEventId(workspaceId: string): Promise<bigint> {
  const row = await prisma().streamEvent.findFirst({
    where: { workspaceId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return row?.id ?? BigInt(0);
}

/**
 * Everything of the workspace after `afterId`, or "resync" when that cannot be given: events after it
 * were pruned (the client was away longer than the retained window), there are too many, or the id is
 * from the future (another database).
 */
export async function readStreamEvents({
  workspaceId,
  afterId,
}: {
  workspaceId: string;
  afterId: bigint;
}): Promise<Replay> {
  const db = prisma();
  const [bounds] = await db.$queryRawUnsafe<{ oldest: bigint | null; last: bigint }[]>(
    `SELECT (SELECT min(id) FROM "StreamEvent") AS oldest, (SELECT last_value FROM "StreamEvent_id_seq") AS last`,
  );
  const resync = async (): Promise<Replay> => ({ kind: "resync", latestId: await latestStreamEventId(workspaceId) });
  const oldest = bounds!;
  if (afterId > BigInt(oldest.last)) return resync();
  // Ids below the oldest retained one were pruned (or rolled back): any of them may have been this
  // workspace's. An empty table after ids were drawn means everything was pruned.
  if (
    oldest.oldest === null
      ? afterId < BigInt(oldest.last) && (await anyEverWritten())
      : afterId + BigInt(1) < BigInt(oldest.oldest)
  )
    return resync();
  const rows = await db.streamEvent.findMany({
    where: { workspaceId, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: REPLAY_LIMIT + 1,
    select: { id: true, type: true, chatId: true, data: true },
  });
  if (rows.length > REPLAY_LIMIT) return resync();
  return { kind: "events", events: rows };
}

// A fresh sequence reports last_value 1 before any id was drawn.
async function anyEverWritten(): Promise<boolean> {
  const [row] = await prisma().$queryRawUnsafe<{ called: boolean }[]>(
    `SELECT is_called AS called FROM "StreamEvent_id_seq"`,
  );
  return row?.called ?? false;
}
