"use client";

import { api } from "@/components/api/client";
import { useEffect, useRef } from "react";
import { useStreamInfo } from "@/components/inbox/live-stream";

// Tells the workspace which chat this tab shows and whether the operator is typing (POST /api/presence;
// the server's entry expires unless renewed). While the tab's live stream is up, the stream renews it
// (lib/stream/open-event-stream.ts), so an idle open chat sends nothing; while the stream is down the
// tab beats every HEARTBEAT_MS itself. A hidden tab is viewing nothing.
const HEARTBEAT_MS = 40_000;
const TYPING_REPEAT_MS = 4_000;
const TYPING_IDLE_MS = 5_000;

let current: { chatId: string; typingSentAt: number; idle: ReturnType<typeof setTimeout> | null } | null = null;

function post(chatId: string | null, typing: boolean, keepalive = false) {
  api("/api/presence", { method: "POST", body: { chatId, typing }, keepalive }).catch(() => {});
}

const visible = () => document.visibilityState === "visible";

/** While mounted (and the tab visible), others see this member viewing chatId. */
export function usePresenceBeacon(chatId: string): void {
  const stream = useStreamInfo();
  const connected = stream !== null;
  const shown = useRef(chatId);
  useEffect(() => {
    shown.current = chatId;
    current = { chatId, typingSentAt: 0, idle: null };
    if (visible()) post(chatId, false);
    const onVisibility = () => post(visible() ? chatId : null, false);
    // Leaving the page runs no effect clean-up: say so while the page can still send.
    const onLeave = () => post(null, false, true);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onLeave);
      if (current?.idle) clearTimeout(current.idle);
      current = null;
      post(null, false, true);
    };
  }, [chatId]);
  // The stream is down: nothing renews the entry, so the tab does.
  useEffect(() => {
    if (connected) return;
    const timer = setInterval(() => visible() && post(chatId, false), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [chatId, connected]);
  // A stream (re)connected since (not the one open when the chat was shown: the opening announced it)
  // that does not know this tab's chat, as its instance had not heard it: tell it once.
  const generation = stream?.generation;
  const viewing = stream?.viewing;
  const announcedTo = useRef(generation);
  useEffect(() => {
    if (generation === undefined || generation === announcedTo.current) return;
    announcedTo.current = generation;
    if (viewing !== shown.current && visible()) post(shown.current, false);
  }, [generation, viewing]);
}

/** The composer calls this on every keystroke: "typing" goes out at most every few seconds, and ends when idle. */
export function announceTyping(chatId: string): void {
  const c = current;
  if (!c || c.chatId !== chatId) return;
  const now = Date.now();
  if (now - c.typingSentAt > TYPING_REPEAT_MS) {
    c.typingSentAt = now;
    post(chatId, true);
  }
  if (c.idle) clearTimeout(c.idle);
  c.idle = setTimeout(() => {
    if (current !== c) return;
    c.typingSentAt = 0;
    c.idle = null;
    post(chatId, false);
  }, TYPING_IDLE_MS);
}
