import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { GET } from "@/app/api/events/route";
import { openEventStream } from "@/lib/stream/open-event-stream";

export type SseFrame = { event: string; id?: string; data: any };

/**
 * Opens GET /api/events as a signed-in member, the way Next.js calls it, and parses the frames as they
 * arrive. `next(n)` waits for n more frames (heartbeat comments are skipped).
 */
export async function openTestStream({
  userId,
  workspaceId,
  lastEventId,
}: {
  userId: string;
  workspaceId?: string;
  lastEventId?: string;
}) {
  const token = await encode({ token: { sub: userId, workspaceId }, secret: env().NEXTAUTH_SECRET });
  const headers = new Headers({ cookie: `next-auth.session-token=${token}` });
  if (lastEventId) headers.set("last-event-id", lastEventId);
  const abort = new AbortController();
  const req = new NextRequest("http://localhost/api/events", { headers, signal: abort.signal });
  const res = await GET(req, { params: Promise.resolve({}) });
  // Object.assign keeps the `ended` getter live (a spread would copy its value once).
  return Object.assign(
    readFrames(res.body, () => abort.abort()),
    { status: res.status, headers: res.headers },
  );
}

/** Parses a stream's frames as they arrive (openEventStream's body, in tests that set its options). */
export function readFrames(body: ReadableStream<Uint8Array> | null, close: () => void) {
  const frames: SseFrame[] = [];
  const waiters: (() => void)[] = [];
  let ended = false;
  if (body) {
    const reader = body.getReader();
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const fields = Object.fromEntries(
            block
              .split("\n")
              .filter((l) => l && !l.startsWith(":"))
              .map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]),
          );
          if (!fields.event) continue;
          frames.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? "null") });
        }
        waiters.splice(0).forEach((w) => w());
      }
      ended = true;
      waiters.splice(0).forEach((w) => w());
    })();
  }
  let seen = 0;
  return {
    frames,
    get ended() {
      return ended;
    },
    /** The next `count` frames of the given kinds (all kinds when omitted), failing after timeoutMs. */
    async next(
      count = 1,
      { events, timeoutMs = 5_000 }: { events?: string[]; timeoutMs?: number } = {},
    ): Promise<SseFrame[]> {
      const deadline = Date.now() + timeoutMs;
      const taken: SseFrame[] = [];
      for (;;) {
        while (seen < frames.length && taken.length < count) {
          const f = frames[seen++]!;
          if (!events || events.includes(f.event)) taken.push(f);
        }
        if (taken.length >= count) return taken;
        if (ended) throw new Error(`stream ended after ${frames.length} frames`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out waiting for ${count} frames; got ${JSON.stringify(taken)}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
    /** Frames that arrived within `ms` beyond those already taken (for "nothing else arrives"). */
    async settle(ms = 200): Promise<SseFrame[]> {
      await new Promise((r) => setTimeout(r, ms));
      const rest = frames.slice(seen);
      seen = frames.length;
      return rest;
    },
    close,
  };
}

/**
 * Opens a member's event stream below HTTP (a session that stays valid) and reads until it says it is ready: the
 * reader and its decoder are the test's from there.
 */
export async function openReadyEventStream({ workspaceId, userId }: { workspaceId: string; userId: string }) {
  const body = openEventStream({
    workspaceId,
    userId,
    lastEventId: null,
    signal: new AbortController().signal,
    sessionValid: async () => true,
  });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes("event: ready")) text += decoder.decode((await reader.read()).value);
  return { reader, decoder };
}
