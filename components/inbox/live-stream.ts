"use client";

import { useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { TAB_ID } from "@/components/api/tab-id";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";

// One EventSource per tab (GET /api/events): the server's changes refetch the matching queries, and
// the workspace's presence (who views and who types where) lives here. Polling is only a safety net
// while the stream is down (safetyNetInterval).

export const SAFETY_NET_MS = 60_000;
// Heavy lists refetch at most this often during a burst (first change at once, the rest coalesced).
const LIST_THROTTLE_MS = 500;
const THREAD_BATCH_MS = 30;
const RECONNECT_MS = 3_000;
// A stream refused again and again (the member's other tabs hold every slot, 429) is asked for less often.
const RECONNECT_MAX_MS = 60_000;

export type PresenceEntry = { userId: string; name: string; chatId: string; typing: boolean; expiresAt: number };
/** `data.origin`: the tab whose action this is, where its own caches already show it (lib/http/request-tab.ts). */
type Change = { type: string; chatId: string | null; data?: { origin?: unknown } };

/**
 * `stream`: the open stream's number (one more on each "ready") and the chat it renews for this tab
 * (`viewing`, components/inbox/use-presence-beacon.ts), null while down.
 */
type StreamInfo = { generation: number; viewing: string | null };
type State = { connected: boolean; presence: PresenceEntry[]; stream: StreamInfo | null };
let state: State = { connected: false, presence: [], stream: null };
const listeners = new Set<() => void>();
const emit = (next: Partial<State>) => {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const SERVER_STATE: State = { connected: false, presence: [], stream: null };
let generation = 0;

/**
 * The query keys a change makes stale: `first` are refetched at once (what the open thread shows),
 * `then` once those are back (lists and counts, which are heavier and can wait a moment). None for the
 * echo of this tab's own action (`tab`): its mutation already updated what it shows.
 */
export function keysForChange(change: Change, tab: string = TAB_ID): { first: QueryKey[]; then: QueryKey[] } {
  if (change.data?.origin === tab) return { first: [], then: [] };
  const c = change.chatId;
  const lists: QueryKey[] = [queryFamilies.chatLists, queryKeys.chatCounts()];
  switch (change.type) {
    case "message":
      return { first: c ? [queryKeys.messages(c)] : [], then: [...(c ? [queryKeys.chat(c)] : []), ...lists] };
    case "chat":
      // Without a chat id: many chats changed at once (bulk actions, a member's chats handed back).
      // Labels and the buyer panel follow the chat; label counts follow the lists.
      return {
        first: c
          ? [queryKeys.chat(c), queryKeys.chatLabels(c), queryKeys.buyer(c)]
          : [queryFamilies.chats, queryFamilies.chatLabels, queryFamilies.buyers],
        then: [...lists, queryKeys.labels()],
      };
    case "note":
      return { first: c ? [queryKeys.notes(c), queryKeys.buyer(c)] : [], then: [] };
    case "case":
      return { first: [queryFamilies.negativeCases], then: [queryFamilies.chatLists, queryFamilies.negativeReports] };
    case "scheduled":
      return { first: queryFamilies.scheduled.map((kind) => [kind]), then: [] };
    case "notification":
      return { first: [queryKeys.notifications()], then: [] };
    case "account":
      return { first: [queryKeys.accounts()], then: [] };
    default:
      return { first: [], then: [] };
  }
}

function createInvalidator(qc: QueryClient) {
  const first = new Map<string, QueryKey>();
  const then = new Map<string, QueryKey>();
  let firstTimer: ReturnType<typeof setTimeout> | null = null;
  let thenTimer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();
  let nextThenAt = 0;
  const take = (keys: Map<string, QueryKey>) => {
    const list = [...keys.values()];
    keys.clear();
    return Promise.all(list.map((queryKey) => qc.invalidateQueries({ queryKey })));
  };
  const flushThen = () => {
    thenTimer = null;
    // After the thread's refetch: on one server the heavy list queries would otherwise delay it.
    void inFlight.then(() => {
      nextThenAt = Date.now() + LIST_THROTTLE_MS;
      return take(then);
    });
  };
  return (change: Change) => {
    const keys = keysForChange(change);
    keys.first.forEach((k) => first.set(JSON.stringify(k), k));
    keys.then.forEach((k) => then.set(JSON.stringify(k), k));
    if (first.size && !firstTimer) {
      firstTimer = setTimeout(() => {
        firstTimer = null;
        inFlight = take(first).catch(() => {});
      }, THREAD_BATCH_MS);
    }
    if (then.size && !thenTimer)
      thenTimer = setTimeout(flushThen, Math.max(THREAD_BATCH_MS + 1, nextThenAt - Date.now()));
  };
}

let refs = 0;
let stop: (() => void) | null = null;

function start(qc: QueryClient): () => void {
  let source: EventSource | null = null;
  let lastId: string | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  let refusals = 0;
  const invalidate = createInvalidator(qc);
  const presence = new Map<string, PresenceEntry>();
  const publishPresence = () => emit({ presence: [...presence.values()].filter((p) => p.expiresAt > Date.now()) });
  const sweep = setInterval(() => {
    const now = Date.now();
    let changed = false;
    for (const [k, p] of presence) if (p.expiresAt <= now) changed = presence.delete(k) || changed;
    if (changed) publishPresence();
  }, 5_000);

  const connect = () => {
    // A new EventSource does not resend the last id by itself: ?after= carries it. ?tab= lets the stream
    // renew the presence this tab announces (EventSource cannot set the x-tab-id header).
    const es = new EventSource(`/api/events?tab=${TAB_ID}${lastId ? `&after=${encodeURIComponent(lastId)}` : ""}`);
    source = es;
    const remember = (e: MessageEvent) => {
      if (e.lastEventId) lastId = e.lastEventId;
    };
    es.addEventListener("ready", (e) => {
      refusals = 0;
      remember(e as MessageEvent);
      let viewing: string | null = null;
      try {
        const data = JSON.parse((e as MessageEvent).data) as { viewing?: unknown };
        if (typeof data.viewing === "string") viewing = data.viewing;
      } catch {}
      emit({ connected: true, stream: { generation: ++generation, viewing } });
    });
    es.addEventListener("change", (e) => {
      remember(e as MessageEvent);
      try {
        invalidate(JSON.parse((e as MessageEvent).data) as Change);
      } catch {}
    });
    es.addEventListener("resync", (e) => {
      remember(e as MessageEvent);
      void qc.invalidateQueries();
    });
    es.addEventListener("presence", (e) => {
      try {
        const p = JSON.parse((e as MessageEvent).data) as {
          userId: string;
          tabKey?: string | null;
          name: string;
          chatId: string | null;
          typing: boolean;
          expiresInMs: number;
        };
        // One entry per tab of each member: two tabs on two chats show in both.
        const key = `${p.userId}:${p.tabKey ?? ""}`;
        if (p.chatId)
          presence.set(key, {
            userId: p.userId,
            name: p.name,
            chatId: p.chatId,
            typing: p.typing,
            expiresAt: Date.now() + p.expiresInMs,
          });
        else presence.delete(key);
        publishPresence();
      } catch {}
    });
    es.onerror = () => {
      emit({ connected: false, stream: null });
      // The browser retries a dropped stream itself (with Last-Event-ID); a refused one (signed out,
      // server restarting) is retried here.
      if (es.readyState === EventSource.CLOSED && !closed)
        retry = setTimeout(connect, Math.min(RECONNECT_MAX_MS, RECONNECT_MS * 2 ** refusals++));
    };
  };
  connect();
  return () => {
    closed = true;
    source?.close();
    if (retry) clearTimeout(retry);
    clearInterval(sweep);
    emit({ connected: false, presence: [], stream: null });
  };
}

/** Keeps the tab's stream open while a signed-in page is mounted. */
export function useLiveStream(): void {
  const qc = useQueryClient();
  useEffect(() => {
    refs += 1;
    stop ??= start(qc);
    return () => {
      refs -= 1;
      if (refs === 0) {
        stop?.();
        stop = null;
      }
    };
  }, [qc]);
}

export function useStreamConnected(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => state.connected,
    () => SERVER_STATE.connected,
  );
}

/** The open stream (null while down): see State. */
export function useStreamInfo(): StreamInfo | null {
  return useSyncExternalStore(
    subscribe,
    () => state.stream,
    () => SERVER_STATE.stream,
  );
}

/** refetchInterval for queries the stream keeps fresh: none while it is up, a slow poll while it is down. */
export function useSafetyNetInterval(): number | false {
  return useStreamConnected() ? false : SAFETY_NET_MS;
}

/** Other members' presence in the workspace (the server never sends one's own). */
export function usePresence(): PresenceEntry[] {
  return useSyncExternalStore(
    subscribe,
    () => state.presence,
    () => SERVER_STATE.presence,
  );
}

/** Mounted once in the signed-in header: the tab's stream. */
export function LiveStream(): null {
  useLiveStream();
  return null;
}
