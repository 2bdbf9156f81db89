import { logger } from "@/lib/log";
import { notifyPresence, PRESENCE_TTL_MS } from "@/lib/stream/publish-presence";
import { latestStreamEventId, readStreamEvents } from "@/lib/stream/read-stream-events";
import { currentPresence, subscribeToWorkspace, type Presence, type StreamEvent } from "@/lib/stream/stream-hub";

const log = logger("stream");

export const HEARTBEAT_MS = 20_000;
export const SESSION_CHECK_MS = 60_000;
/** The tab's presence is renewed once this old (its entries live PRESENCE_TTL_MS), checked every RENEW_CHECK_MS. */
export const PRESENCE_RENEW_MS = 40_000;
const RENEW_CHECK_MS = 10_000;
/** Events queued for a client that does not read: past this it gets one "resync" instead of them. */
export const MAX_BACKLOG = 256;

const encoder = new TextEncoder();

function frame({ event, id, data }: { event: string; id?: bigint; data: unknown }): Uint8Array {
  return encoder.encode(`${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

// A change goes to every open stream of its workspace as the same bytes: encoded once, not once per stream.
const encodedEvents = new WeakMap<StreamEvent, Uint8Array>();
// Frames sent within one turn of the event loop (a batch's changes are notified together) go out as one
// chunk: one write per stream instead of one per change. A merged chunk counts as its frames against
// MAX_BACKLOG.
const framesInChunk = new WeakMap<Uint8Array, number>();

function eventFrame(e: StreamEvent): Uint8Array {
  let bytes = encodedEvents.get(e);
  if (!bytes) encodedEvents.set(e, (bytes = encodeEvent(e)));
  return bytes;
}

function encodeEvent(e: StreamEvent): Uint8Array {
  return frame({
    event: "change",
    id: e.id,
    data: { type: e.type, chatId: e.chatId, ...(e.data && typeof e.data === "object" ? { data: e.data } : {}) },
  });
}

function presenceFrame(p: Presence): Uint8Array {
  return frame({
    event: "presence",
    data: {
      userId: p.userId,
      tabKey: p.tabKey,
      name: p.name,
      chatId: p.chatId,
      typing: p.typing,
      expiresInMs: Math.max(0, p.expiresAt - Date.now()),
    },
  });
}

/**
 * A member's server-sent event stream: replay after `lastEventId` (or "resync"), then live changes in
 * id order, presence of the workspace's members, a heartbeat comment, and an end when the session
 * stops being valid. Memory per stream is bounded: a client that stops reading gets "resync".
 * With `tab`, the stream renews the presence that tab announced (the chat it shows) while it is open;
 * "ready" says which chat that is (`viewing`), so a tab whose chat the stream does not know announces it.
 */
export function openEventStream({
  workspaceId,
  userId,
  lastEventId,
  signal,
  sessionValid,
  sessionCheckMs = SESSION_CHECK_MS,
  tab = null,
  name = "",
  presenceRenewMs = PRESENCE_RENEW_MS,
  onClose = () => {},
}: {
  workspaceId: string;
  userId: string;
  /** The browser tab this stream serves (components/api/tab-id.ts), and the member's shown name. */
  tab?: string | null;
  name?: string;
  presenceRenewMs?: number;
  lastEventId: bigint | null;
  signal: AbortSignal;
  sessionValid: () => Promise<boolean>;
  sessionCheckMs?: number;
  /** Called once when the stream ends, however it ends. */
  onClose?: () => void;
}): ReadableStream<Uint8Array> {
  let cursor = BigInt(0);
  // While the table is being read, live events wait here (bounded too).
  let pending: StreamEvent[] | null = [];
  let overflowed = false;
  let closed = false;
  let catchingUp: Promise<void> | null = null;
  let unsubscribe = () => {};
  const timers: NodeJS.Timeout[] = [];
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  // The chat this tab announced, and when that entry was renewed last (by the tab or by this stream): an
  // entry from the snapshot may be older than the stream. "Typing" lives only seconds: counted as new, so
  // a renewal does not cut it short.
  let viewing: { chatId: string; heardAt: number } | null = null;
  const hearOwn = (p: Presence) => {
    if (!tab || p.userId !== userId || p.tab !== tab) return;
    viewing = p.chatId
      ? { chatId: p.chatId, heardAt: p.typing ? Date.now() : Math.min(Date.now(), p.expiresAt - PRESENCE_TTL_MS) }
      : null;
  };
  const renewPresence = () => {
    if (!tab || !viewing || Date.now() - viewing.heardAt < presenceRenewMs) return;
    viewing.heardAt = Date.now();
    notifyPresence({ workspaceId, userId, name, chatId: viewing.chatId, typing: false, tab }).catch((error: unknown) =>
      log.warn("presence renewal failed", { workspaceId, error: String(error) }),
    );
  };

  const close = () => {
    if (closed) return;
    closed = true;
    onClose();
    unsubscribe();
    timers.forEach(clearInterval);
    try {
      controller.close();
    } catch {}
  };
  let outbox: Uint8Array[] = [];
  const flush = () => {
    const frames = outbox;
    outbox = [];
    if (closed || !frames.length) return;
    const chunk = frames.length === 1 ? frames[0]! : Buffer.concat(frames);
    framesInChunk.set(chunk, frames.length);
    controller.enqueue(chunk);
  };
  const send = (chunk: Uint8Array) => {
    if (closed) return;
    if ((controller.desiredSize ?? 0) - outbox.length <= -MAX_BACKLOG) {
      overflowed = true;
      return;
    }
    outbox.push(chunk);
    if (outbox.length === 1) queueMicrotask(flush);
  };
  const sendEvent = (e: StreamEvent) => {
    if (e.id <= cursor) return;
    cursor = e.id;
    send(eventFrame(e));
  };
  const resync = (latestId: bigint) => {
    if (latestId > cursor) cursor = latestId;
    send(frame({ event: "resync", id: cursor, data: {} }));
  };
  const catchUp = (): Promise<void> => {
    if (catchingUp) return catchingUp;
    pending ??= [];
    catchingUp = (async () => {
      try {
        const replay = await readStreamEvents({ workspaceId, afterId: cursor });
        if (replay.kind === "resync") resync(replay.latestId);
        else replay.events.forEach(sendEvent);
      } catch (error) {
        log.warn("stream replay failed", { workspaceId, error: String(error) });
        close();
      }
      const waiting = pending ?? [];
      pending = null;
      catchingUp = null;
      if (waiting.length > MAX_BACKLOG) return void catchUp();
      waiting.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).forEach(sendEvent);
    })();
    return catchingUp;
  };

  return new ReadableStream<Uint8Array>(
    {
      async start(c) {
        controller = c;
        signal.addEventListener("abort", close, { once: true });
        if (signal.aborted) return close();
        controller.enqueue(encoder.encode("retry: 2000\n\n"));
        try {
          unsubscribe = await subscribeToWorkspace(workspaceId, {
            onEvent: (e) => (pending ? pending.length <= MAX_BACKLOG && pending.push(e) : sendEvent(e)),
            onPresence: (p) => (p.userId === userId ? hearOwn(p) : send(presenceFrame(p))),
            onGap: () => void catchUp(),
            onShutdown: close,
          });
          if (lastEventId === null) {
            cursor = await latestStreamEventId(workspaceId);
          } else {
            cursor = lastEventId;
          }
        } catch (error) {
          log.warn("stream start failed", { workspaceId, error: String(error) });
          return close();
        }
        if (closed) return unsubscribe();
        // The id lets the browser's EventSource send Last-Event-ID on its next connection.
        const present = currentPresence(workspaceId);
        present.forEach(hearOwn);
        send(frame({ event: "ready", id: cursor, data: { viewing: viewing?.chatId ?? null } }));
        for (const p of present) if (p.userId !== userId) send(presenceFrame(p));
        await catchUp();
        // Closed while catching up: no timers (a renewal timer would keep announcing a closed tab).
        if (closed) return;
        timers.push(setInterval(() => send(encoder.encode(": heartbeat\n\n")), HEARTBEAT_MS));
        if (tab) timers.push(setInterval(renewPresence, Math.min(RENEW_CHECK_MS, presenceRenewMs)));
        timers.push(
          setInterval(() => {
            sessionValid().then(
              (ok) => ok || close(),
              () => {},
            );
          }, sessionCheckMs),
        );
      },
      pull() {
        if (overflowed && !closed && (controller.desiredSize ?? 0) > 0) {
          overflowed = false;
          send(frame({ event: "resync", id: cursor, data: {} }));
        }
      },
      cancel: close,
    },
    { highWaterMark: 16, size: (chunk) => (chunk && framesInChunk.get(chunk)) || 1 },
  );
}
