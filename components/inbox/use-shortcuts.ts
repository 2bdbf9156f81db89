"use client";

import { useEffect, useRef } from "react";

type Handlers = Record<string, (event: KeyboardEvent) => void>;

// Inputs that take no typing: with one focused (a ticked row), the shortcuts still work.
const NOT_TYPED = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

/** Whether a key press belongs to a text field (or a dialog) rather than to the inbox shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest("dialog[open]")) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  return target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The key a press would give on the Latin layout, from its physical position: with the Russian layout on,
 * the J key gives «о», and the shortcuts must still work without switching layouts.
 */
export function latinKey(event: Pick<KeyboardEvent, "code" | "shiftKey">): string | null {
  const letter = /^Key([A-Z])$/.exec(event.code)?.[1];
  if (letter) return event.shiftKey ? letter : letter.toLowerCase();
  if (event.code === "Slash") return event.shiftKey ? "?" : "/";
  return null;
}

/**
 * Single-key inbox shortcuts (j, k, e, /, ?...). Ignored while typing, with a modifier held, or when
 * another handler already took the key; the handler map may change on every render.
 */
export function useShortcuts(handlers: Handlers, enabled = true) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const handler = ref.current[event.key] ?? ref.current[latinKey(event) ?? ""];
      if (!handler) return;
      handler(event);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
