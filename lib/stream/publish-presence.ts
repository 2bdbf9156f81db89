import type Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { z } from "zod";
import { database, prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { processState } from "@/lib/process-state";
import { redis } from "@/lib/redis";
import { startStreamListener } from "@/lib/stream/stream-hub";

// Presence is ephemeral: a NOTIFY every instance hears (lib/stream/stream-hub.ts), never a row.
export const PRESENCE_TTL_MS = 70_000;
export const TYPING_TTL_MS = 8_000;

// Every presence is a NOTIFY that each instance's one listener reads for all workspaces: a member's
// tabs send one every few seconds at most (components/inbox/use-presence-beacon.ts), so more than this
// is a script, refused before it reaches the shared channel. Across instances with REDIS_URL (a window in
// Redis; this instance's own window while Redis fails), per instance without it.
export const PRESENCE_PER_MEMBER = { points: 30, duration: 10 };

/** The presence window of one instance: shared through `client` when there is one (tests stand two up). */
export function createPresenceLimiter({
  client,
  keyPrefix = "agentiq:presence",
}: {
  client: Redis | null;
  keyPrefix?: string;
}): RateLimiterAbstract {
  const local = new RateLimiterMemory({ ...PRESENCE_PER_MEMBER, keyPrefix });
  return client
    ? new RateLimiterRedis({ ...PRESENCE_PER_MEMBER, keyPrefix, storeClient: client, insuranceLimiter: local })
    : local;
}

function limiter(): RateLimiterAbstract {
  const client = redis();
  const state = processState({
    key: "presence-limiter",
    init: () => ({ limiter: null as RateLimiterAbstract | null, client: null as Redis | null }),
  });
  if (!state.limiter || state.client !== client)
    Object.assign(state, { limiter: createPresenceLimiter({ client }), client });
  return state.limiter!;
}

export const presenceInputSchema = z.object({
  chatId: z.string().min(1).max(100).nullable(),
  typing: z.boolean().default(false),
});

type PresenceInput = {
  workspaceId: string;
  userId: string;
  name: string;
  chatId: string | null;
  typing: boolean;
  tab?: string | null;
};

/** The member is looking at chatId (null: at no chat), typing or not, from browser tab `tab`. */
export async function publishPresence({
  workspaceId,
  userId,
  name,
  chatId,
  typing,
  tab = null,
}: PresenceInput): Promise<void> {
  try {
    await limiter().consume(`${workspaceId}:${userId}`);
  } catch (refused) {
    if (!(refused instanceof RateLimiterRes)) throw refused;
    throw new AppError("rate_limited", "Too many presence updates", {
      details: { reason: "too_many_presence_updates", retryAfterSeconds: Math.ceil(refused.msBeforeNext / 1000) },
    });
  }
  // Only the workspace's own chats: another id answers like a missing one and tells nobody anything.
  if (chatId !== null && !(await prisma().chat.findFirst({ where: { id: chatId, workspaceId }, select: { id: true } })))
    throw notFound("Chat not found");
  await notifyPresence({ workspaceId, userId, name, chatId, typing, tab });
}

/**
 * The NOTIFY itself: from a member's request above, or from the open stream of the tab that announced a
 * chat, renewing it while the tab stays connected (lib/stream/open-event-stream.ts), so an idle tab
 * sends no beat of its own.
 */
export async function notifyPresence({
  workspaceId,
  userId,
  name,
  chatId,
  typing,
  tab = null,
}: PresenceInput): Promise<void> {
  // Presence is never stored: an instance that is not listening yet (no stream opened since its start)
  // would not hear its own NOTIFY, and the streams it opens next would start without this member.
  await startStreamListener();
  const db = database();
  const wire = {
    p: 1,
    w: workspaceId,
    u: userId,
    n: name,
    c: chatId,
    t: typing && chatId !== null,
    x: typing ? TYPING_TTL_MS : PRESENCE_TTL_MS,
    k: tab,
  };
  await db.query("SELECT pg_notify($1, $2)::text AS sent", [db.streamChannel, JSON.stringify(wire)]);
}
