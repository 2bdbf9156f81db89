// This page load's id, sent with every API request (the x-tab-id header, lib/http/request-tab.ts): a
// change the server announces on the live stream names the tab that made it where that tab's own
// caches already show it, so the tab skips the echo (components/inbox/live-stream.ts) and the others refetch.

export const TAB_HEADER = "x-tab-id";

function newTabId(): string {
  // getRandomValues also works on plain http (crypto.randomUUID needs a secure context).
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export const TAB_ID = newTabId();
