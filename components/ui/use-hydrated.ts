"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * False in the server's HTML and until React has taken over the page. A form's submit waits for it: a
 * press before that would be the browser's own GET, putting what was typed (a password) in the address
 * and losing it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
