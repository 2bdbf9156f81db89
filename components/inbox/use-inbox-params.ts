"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect } from "react";
import {
  DEFAULT_SORT,
  DEFAULT_VIEW,
  KINDS,
  SORTS,
  VIEWS,
  type InboxKind,
  type InboxMarketplace,
  type InboxSort,
  type InboxView,
} from "@/lib/inbox/inbox-views";
import { normalizeMarketplace } from "@/lib/marketplaces/marketplace";

// kind, from, to, operator: the chats behind a report's bar (lib/reports/report-drill-sql.ts).
export type InboxParams = {
  marketplace?: InboxMarketplace;
  view: InboxView;
  sort: InboxSort;
  q?: string;
  label?: string;
  chat?: string;
  kind?: InboxKind;
  from?: string;
  to?: string;
  operator?: string;
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  (list as readonly string[]).includes(value ?? "") ? (value as T) : undefined;

// The query string of a navigation not yet rendered: a second click right after the first must build
// on the first one's URL, not on the one still on screen.
let pending: string | null = null;

/**
 * Inbox selection lives in the URL, so views can be bookmarked and Back works. Defaults stay out of it.
 * Native history calls (which Next.js syncs into useSearchParams): the page itself never changes, so
 * there is no server round trip per click, unlike router.push.
 */
export function useInboxParams() {
  const search = useSearchParams();
  const pathname = usePathname();
  useEffect(() => {
    if (pending === search.toString()) pending = null;
  }, [search]);
  useEffect(() => {
    // Back and Forward replace whatever was pending.
    const drop = () => void (pending = null);
    window.addEventListener("popstate", drop);
    return () => window.removeEventListener("popstate", drop);
  }, []);
  const params: InboxParams = {
    // A bookmark may spell the marketplace the old way (OZON, YANDEX_MARKET): read it as today's id.
    marketplace: normalizeMarketplace({ value: search.get("marketplace") ?? "" }) ?? undefined,
    view: oneOf(VIEWS, search.get("view")) ?? DEFAULT_VIEW,
    sort: oneOf(SORTS, search.get("sort")) ?? DEFAULT_SORT,
    q: search.get("q") || undefined,
    label: search.get("label") || undefined,
    chat: search.get("chat") || undefined,
    kind: oneOf(KINDS, search.get("kind")),
    from: search.get("from") || undefined,
    to: search.get("to") || undefined,
    operator: search.get("operator") ?? undefined,
  };
  const update = useCallback(
    (patch: Partial<InboxParams>, mode: "push" | "replace" = "push") => {
      const next = new URLSearchParams(pending ?? search.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (
          v === undefined ||
          (v === "" && k !== "operator") ||
          (k === "view" && v === DEFAULT_VIEW) ||
          (k === "sort" && v === DEFAULT_SORT)
        )
          next.delete(k);
        else next.set(k, v);
      }
      pending = next.toString();
      const url = `${pathname}${next.size ? `?${next}` : ""}`;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [search, pathname],
  );
  return { params, update };
}
