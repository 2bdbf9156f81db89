"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

export type InboxParams = { marketplace?: string; view: string; q?: string; chat?: string };

/** Inbox selection lives in the URL, so views can be bookmarked and Back works. */
export function useInboxParams() {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params: InboxParams = {
    marketplace: search.get("marketplace") ?? undefined,
    view: search.get("view") ?? "all",
    q: search.get("q") ?? undefined,
    chat: search.get("chat") ?? undefined,
  };
  const update = useCallback(
    (patch: Partial<InboxParams>, mode: "push" | "replace" = "push") => {
      const next = new URLSearchParams(search.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === "" || (k === "view" && v === "all")) next.delete(k);
        else next.set(k, v);
      }
      const url = `${pathname}${next.size ? `?${next}` : ""}`;
      if (mode === "push") router.push(url, { scroll: false });
      else router.replace(url, { scroll: false });
    },
    [search, router, pathname],
  );
  return { params, update };
}
