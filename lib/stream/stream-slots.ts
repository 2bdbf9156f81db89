import crypto from "node:crypto";
import type Redis from "ioredis";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { processState } from "@/lib/process-state";
import { redis } from "@/lib/redis";

const log = logger("stream");

// Open live streams hold memory, a subscription and two timers each: a member or a workspace opening
// them without end would take the app from everyone. A tab holds one stream, so a member rarely needs
// more than a few; one past the cap is refused with 429 and that tab polls (components/inbox/live-stream.ts
// retries it later). With REDIS_URL the caps hold across instances: each open stream is a slot in
// Redis that its instance keeps renewing, so the slots of an instance that was killed free themselves
// once they expire. Without Redis (one instance), or while Redis fails, they are counted in memory.
export const MAX_STREAMS_PER_MEMBER = 10;
export const MAX_STREAMS_PER_WORKSPACE = 500;
export const STREAM_SLOT_TTL_MS = 60_000;

type Caps = { perMember?: number; perWorkspace?: number };
type Held = { memberKey: string; workspaceKey: string };

// KEYS: the member's and the workspace's sorted sets of slots (score: when the slot expires, by Redis's
// clock, so the instances' clocks do not matter). ARGV: slot id, ttl ms, member cap, workspace cap.
const TAKE = `local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)
for i = 1, 2 do redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now) end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) or redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then return 0 end
for i = 1, 2 do redis.call('ZADD', KEYS[i], now + tonumber(ARGV[2]), ARGV[1]) redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
return 1`;
// KEYS: pairs of sets; ARGV: ttl ms, then one slot id per pair. A slot that expired meanwhile (the
// instance stalled) is added back: its stream is still open.
const RENEW = `local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)
for i = 1, #KEYS do local id = ARGV[math.floor((i + 1) / 2) + 1] redis.call('ZADD', KEYS[i], now + tonumber(ARGV[1]), id) redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
return #KEYS`;

const refused = () =>
  new AppError("rate_limited", "Too many open live streams", {
    details: { reason: "too_many_streams", retryAfterSeconds: 30 },
  });

/**
 * One instance's stream slots: in `client` (shared with the other instances, under `prefix`) or, with
 * none, in this instance's memory. Exported for tests, which stand two instances up on one Redis.
 */
export function createStreamSlots({
  client,
  prefix = "agentiq:streams",
  ttlMs = STREAM_SLOT_TTL_MS,
}: {
  client: Redis | null;
  prefix?: string;
  ttlMs?: number;
}) {
  const members = new Map<string, number>();
  const workspaces = new Map<string, number>();
  const held = new Map<string, Held>();
  let timer: NodeJS.Timeout | null = null;

  const add = (map: Map<string, number>, key: string, by: number) => {
    const n = (map.get(key) ?? 0) + by;
    if (n > 0) map.set(key, n);
    else map.delete(key);
  };
  const takeLocal = (workspaceId: string, userId: string, perMember: number, perWorkspace: number) => {
    const member = `${workspaceId}:${userId}`;
    if ((members.get(member) ?? 0) >= perMember || (workspaces.get(workspaceId) ?? 0) >= perWorkspace) throw refused();
    add(members, member, 1);
    add(workspaces, workspaceId, 1);
    return () => {
      add(members, member, -1);
      add(workspaces, workspaceId, -1);
    };
  };
  const renew = async () => {
    if (!client || !held.size) return;
    const slots = [...held];
    await client.eval(
      RENEW,
      slots.length * 2,
      ...slots.flatMap(([, h]) => [h.memberKey, h.workspaceKey]),
      ttlMs,
      ...slots.map(([id]) => id),
    );
  };
  const heartbeat = () => {
    if (timer || !client) return;
    timer = setInterval(
      () => void renew().catch((e: unknown) => log.warn("stream slots not renewed", { error: String(e) })),
      Math.max(250, Math.floor(ttlMs / 3)),
    );
    timer.unref();
  };
  const takeShared = async (
    shared: Redis,
    workspaceId: string,
    userId: string,
    perMember: number,
    perWorkspace: number,
  ) => {
    const id = crypto.randomUUID();
    const slot: Held = {
      memberKey: `${prefix}:m:${workspaceId}:${userId}`,
      workspaceKey: `${prefix}:w:${workspaceId}`,
    };
    if (!(await shared.eval(TAKE, 2, slot.memberKey, slot.workspaceKey, id, ttlMs, perMember, perWorkspace)))
      throw refused();
    held.set(id, slot);
    heartbeat();
    return () => {
      held.delete(id);
      void shared
        .multi()
        .zrem(slot.memberKey, id)
        .zrem(slot.workspaceKey, id)
        .exec()
        .catch((e: unknown) => log.warn("stream slot not released; it expires", { error: String(e) }));
    };
  };

  return {
    /** Takes one slot of the member and of their workspace, or refuses with 429; the returned function gives it back (once). */
    async take({
      workspaceId,
      userId,
      perMember = MAX_STREAMS_PER_MEMBER,
      perWorkspace = MAX_STREAMS_PER_WORKSPACE,
    }: { workspaceId: string; userId: string } & Caps): Promise<() => void> {
      let release: () => void;
      try {
        release = client
          ? await takeShared(client, workspaceId, userId, perMember, perWorkspace)
          : takeLocal(workspaceId, userId, perMember, perWorkspace);
      } catch (error) {
        if (error instanceof AppError) throw error;
        log.warn("shared stream slots unavailable; counting on this instance", { error: String(error) });
        release = takeLocal(workspaceId, userId, perMember, perWorkspace);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
    /** Renews this instance's slots now (the heartbeat does it every third of the ttl). */
    renew,
    /** Stops renewing without giving the slots back, as a killed instance would (tests). */
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

/** Takes one stream slot of the member and of their workspace, across instances when Redis is configured. */
export function takeStreamSlot(input: { workspaceId: string; userId: string } & Caps): Promise<() => void> {
  const state = processState({
    key: "stream-slots",
    init: () => ({ slots: null as ReturnType<typeof createStreamSlots> | null, client: null as Redis | null }),
  });
  const client = redis();
  if (!state.slots || state.client !== client) {
    state.slots?.stop();
    state.slots = createStreamSlots({ client });
    state.client = client;
  }
  return state.slots.take(input);
}
