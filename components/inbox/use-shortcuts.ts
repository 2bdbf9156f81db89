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
      const handler = ref.current[event.key];
      if (!handler) return;
      handler(event);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
