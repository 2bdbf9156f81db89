import { logger } from "@/lib/log";
import { latestStreamEventId, readStreamEvents } from "@/lib/stream/read-stream-events";
import { currentPresence, subscribeToWorkspace, type Presence, type StreamEvent } from "@/lib/stream/stream-hub";

const log = logger("stream");

export const HEARTBEAT_MS = 20_000;
export const SESSION_CHECK_MS = 60_000;
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
  return frame({ event: "change", id: e.id, data: { type: e.type, chatId: e.chatId, ...(e.data && typeof e.data === "object" ? { data: e.data } : {}) } });
}

function presenceFrame(p: Presence): Uint8Array {
  return frame({ event: "presence", data: { userId: p.userId, name: p.name, chatId: p.chatId, typing: p.typing, expiresInMs: Math.max(0, p.expiresAt - Date.now()) } });
}

/**
 * A member's server-sent event stream: replay after `lastEventId` (or "resync"), then live changes in
 * id order, presence of the workspace's members, a heartbeat comment, and an end when the session
 * stops being valid. Memory per stream is bounded: a client that stops reading gets "resync".
 */
export function openEventStream({
  workspaceId,
  userId,
  lastEventId,
  signal,
  sessionValid,
  sessionCheckMs = SESSION_CHECK_MS,
  onClose = () => {},
}: {
  workspaceId: string;
  userId: string;
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
            onPresence: (p) => p.userId !== userId && send(presenceFrame(p)),
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
        send(frame({ event: "ready", id: cursor, data: {} }));
        for (const p of currentPresence(workspaceId)) if (p.userId !== userId) send(presenceFrame(p));
        await catchUp();
        timers.push(setInterval(() => send(encoder.encode(": heartbeat\n\n")), HEARTBEAT_MS));
        timers.push(
          setInterval(() => {
            sessionValid().then((ok) => ok || close(), () => {});
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
