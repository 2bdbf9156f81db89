import { prisma } from "@/lib/db";

/** How long changes stay replayable: a client away longer gets "resync" and refetches. */
export const STREAM_RETENTION_MS = 24 * 60 * 60_000;

/**
 * Deletes the stream's events older than the window, as a prefix of ids (everything up to the newest
 * old one), so "the oldest retained id" tells a returning client whether anything it missed is gone.
 */
export async function pruneStreamEvents({
  olderThan = new Date(Date.now() - STREAM_RETENTION_MS),
}: { olderThan?: Date } = {}): Promise<number> {
  const db = prisma();
  const newestOld = await db.streamEvent.findFirst({
    where: { createdAt: { lt: olderThan } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  if (!newestOld) return 0;
  const { count } = await db.streamEvent.deleteMany({ where: { id: { lte: newestOld.id } } });
  return count;
}
