import crypto from "node:crypto";
import { z } from "zod";
import { database } from "@/lib/db";
import { logger } from "@/lib/log";

const log = logger("stream");

// One listener per process (one dedicated connection on PostgreSQL, PGlite's in-process notifications
// on the embedded database) and fan-out in memory to the member streams of each workspace. Every
// instance listens, so a change committed by any instance reaches every stream.

export type StreamEvent = { id: bigint; type: string; chatId: string | null; data: unknown };
/** `tab`: the browser tab that announced it (components/api/tab-id.ts), so that tab's stream can renew it; never sent to clients. */
export type Presence = {
  userId: string;
  name: string;
  chatId: string | null;
  typing: boolean;
  expiresAt: number;
  tab: string | null;
  /** What other members tell the tab by: a hash, not the id (which names the tab's actions, lib/http/request-tab.ts). */
  tabKey: string | null;
};

export type StreamSubscriber = {
  onEvent(event: StreamEvent): void;
  onPresence(presence: Presence): void;
  /** Notifications may have been missed (the listener's connection dropped): read the table again. */
  onGap(): void;
  /** The server is shutting down: end the response (the client reconnects elsewhere, with its last id). */
  onShutdown(): void;
};

const wireSchema = z.union([
  z.object({ id: z.string().regex(/^\d+$/), w: z.string(), t: z.string(), c: z.string().nullable(), d: z.unknown() }),
  z.object({
    p: z.literal(1),
    w: z.string(),
    u: z.string(),
    n: z.string(),
    c: z.string().nullable(),
    t: z.boolean(),
    x: z.number().int().positive(),
    k: z.string().nullable().optional(),
  }),
]);

type Hub = {
  subscribers: Map<string, Set<StreamSubscriber>>;
  presence: Map<string, Map<string, Presence>>;
  ready?: Promise<() => Promise<void>>;
  sweep?: NodeJS.Timeout;
};

const globalForHub = globalThis as unknown as { __agentiqStreamHub?: Hub };

function hub(): Hub {
  globalForHub.__agentiqStreamHub ??= { subscribers: new Map(), presence: new Map() };
  return globalForHub.__agentiqStreamHub;
}

function deliver(payload: string): void {
  let wire;
  try {
    wire = wireSchema.parse(JSON.parse(payload));
  } catch {
    log.warn("unreadable stream notification");
    return;
  }
  const h = hub();
  if ("p" in wire) {
    const presence: Presence = {
      userId: wire.u,
      name: wire.n,
      chatId: wire.c,
      typing: wire.t,
      expiresAt: Date.now() + wire.x,
      tab: wire.k ?? null,
      tabKey: wire.k ? crypto.createHash("sha256").update(wire.k).digest("base64url").slice(0, 12) : null,
    };
    let byUser = h.presence.get(wire.w);
    if (!byUser) h.presence.set(wire.w, (byUser = new Map()));
    // One entry per tab: a member with two tabs open on two chats is in both.
    byUser.set(`${wire.u}\n${wire.k ?? ""}`, presence);
    for (const s of h.subscribers.get(wire.w) ?? []) each(() => s.onPresence(presence));
    return;
  }
  const event: StreamEvent = { id: BigInt(wire.id), type: wire.t, chatId: wire.c, data: wire.d };
  for (const s of h.subscribers.get(wire.w) ?? []) each(() => s.onEvent(event));
}

// One stream's failure stays its own: the other streams still get the change, and nothing is thrown
// into the listener's connection (on PostgreSQL, a throw there would end the process).
function each(deliverOne: () => void): void {
  try {
    deliverOne();
  } catch (error) {
    log.warn("stream delivery failed", { error: String(error) });
  }
}

function gap(): void {
  for (const set of hub().subscribers.values()) for (const s of set) each(() => s.onGap());
}

/** Starts the process's listener (once); resolves when it listens. */
export function startStreamListener(): Promise<unknown> {
  const h = hub();
  if (!h.ready) {
    const db = database();
    h.ready = db.listen(db.streamChannel, deliver, gap);
    h.ready.catch(() => (h.ready = undefined));
    h.sweep = setInterval(() => {
      const now = Date.now();
      for (const [w, byUser] of h.presence) {
        for (const [u, p] of byUser) if (p.expiresAt <= now) byUser.delete(u);
        if (!byUser.size) h.presence.delete(w);
      }
    }, 10_000);
    h.sweep.unref();
  }
  return h.ready;
}

/** Stops the listener (shutdown, tests that swap the database). */
export async function stopStreamListener(): Promise<void> {
  const h = hub();
  const ready = h.ready;
  h.ready = undefined;
  clearInterval(h.sweep);
  h.presence.clear();
  if (ready) await (await ready.catch(() => async () => {}))();
}

export async function subscribeToWorkspace(workspaceId: string, subscriber: StreamSubscriber): Promise<() => void> {
  await startStreamListener();
  const h = hub();
  let set = h.subscribers.get(workspaceId);
  if (!set) h.subscribers.set(workspaceId, (set = new Set()));
  set.add(subscriber);
  return () => {
    set.delete(subscriber);
    if (!set.size && h.subscribers.get(workspaceId) === set) h.subscribers.delete(workspaceId);
  };
}

/** Who is where in the workspace now (a new stream starts with this). */
export function currentPresence(workspaceId: string): Presence[] {
  const now = Date.now();
  return [...(hub().presence.get(workspaceId)?.values() ?? [])].filter((p) => p.expiresAt > now);
}

/** On SIGTERM: open streams would hold the graceful shutdown for its whole timeout. */
export function closeAllStreams(): void {
  for (const set of hub().subscribers.values()) for (const s of [...set]) s.onShutdown();
}

export function streamConnectionCount(): number {
  let n = 0;
  for (const set of hub().subscribers.values()) n += set.size;
  return n;
}
