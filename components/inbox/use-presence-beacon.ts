"use client";

import { api } from "@/components/api/client";
import { useEffect } from "react";

// Tells the workspace which chat this tab shows and whether the operator is typing (POST /api/presence;
// the server's entry expires unless renewed). An idle open chat costs one request per HEARTBEAT_MS.
const HEARTBEAT_MS = 40_000;
const TYPING_REPEAT_MS = 4_000;
const TYPING_IDLE_MS = 5_000;

let current: { chatId: string; typingSentAt: number; idle: ReturnType<typeof setTimeout> | null } | null = null;

function post(chatId: string | null, typing: boolean, keepalive = false) {
  api("/api/presence", { method: "POST", body: { chatId, typing }, keepalive }).catch(() => {});
}

/** While mounted (and the tab visible), others see this member viewing chatId. */
export function usePresenceBeacon(chatId: string): void {
  useEffect(() => {
    current = { chatId, typingSentAt: 0, idle: null };
    const beat = () => {
      if (document.visibilityState === "visible") post(chatId, false);
    };
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const onVisible = () => document.visibilityState === "visible" && beat();
    // Leaving the page runs no effect clean-up: say so while the page can still send.
    const onLeave = () => post(null, false, true);
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("pagehide", onLeave);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pagehide", onLeave);
      if (current?.idle) clearTimeout(current.idle);
      current = null;
      post(null, false, true);
    };
  }, [chatId]);
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
