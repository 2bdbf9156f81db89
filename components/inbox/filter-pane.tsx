"use client";

import { useQuery } from "@tanstack/react-query";
import { inboxQueries } from "@/components/inbox/inbox-queries";
import { MarketplaceBadge, marketplaceName } from "@/components/inbox/marketplace-badge";
import type { Me } from "@/components/inbox/types";
import { OnlineToggle } from "@/components/inbox/online-toggle";
import { LabelFilter } from "@/components/labels/label-filter";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useI18n } from "@/components/providers";
import { MARKETPLACES, VIEWS } from "@/lib/inbox/inbox-views";
import { useSafetyNetInterval } from "@/components/inbox/live-stream";

export function FilterPane({
  me,
  onSnippets,
  onShortcuts,
}: {
  me: Me;
  onSnippets: () => void;
  onShortcuts: () => void;
}) {
  const { t, locale, fmt } = useI18n();
  const { params, update } = useInboxParams();
  const safetyNet = useSafetyNetInterval();
  const counts = useQuery({ ...inboxQueries.chatCounts(), refetchInterval: safetyNet });
  const needs = counts.data?.needsReply;
  const item = (active: boolean) =>
    `flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm ${active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100"}`;
  // The count stays out of the button's name ("Ozon", as on the badge) and is read as its description.
  const count = (key: string, n: number | undefined) =>
    n ? (
      <>
        <span aria-hidden className="ml-auto rounded-full bg-slate-200 px-1.5 text-xs font-medium text-slate-800">
          {n}
        </span>
        <span id={`needs-reply-${key}`} hidden>
          {fmt(t.inbox.needsReplyCount, { n })}
        </span>
      </>
    ) : null;
  const described = (key: string, n: number | undefined) => (n ? `needs-reply-${key}` : undefined);
  return (
    <div className="flex h-full flex-col gap-6 p-3">
      <div>
        <h2 id="inbox-views-heading" className="px-2 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          {t.inbox.views}
        </h2>
        <ul aria-labelledby="inbox-views-heading">
          {VIEWS.map((v) => (
            <li key={v}>
              <button
                type="button"
                aria-pressed={params.view === v}
                aria-describedby={v === "needs_reply" ? described("view", needs?.total) : undefined}
                className={item(params.view === v)}
                onClick={() => update({ view: v, chat: undefined })}
              >
                {t.inbox.view[v]}
                {v === "needs_reply" ? count("view", needs?.total) : null}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2
          id="inbox-marketplaces-heading"
          className="px-2 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase"
        >
          {t.inbox.marketplaces}
        </h2>
        <ul aria-labelledby="inbox-marketplaces-heading">
          <li>
            <button
              type="button"
              aria-pressed={!params.marketplace}
              aria-describedby={described("all", needs?.total)}
              className={item(!params.marketplace)}
              onClick={() => update({ marketplace: undefined, chat: undefined })}
            >
              {t.inbox.all}
              {count("all", needs?.total)}
            </button>
          </li>
          {MARKETPLACES.map((m) => (
            <li key={m}>
              <button
                type="button"
                aria-pressed={params.marketplace === m}
                aria-describedby={described(m, needs?.byMarketplace[m])}
                className={item(params.marketplace === m)}
                onClick={() => update({ marketplace: m, chat: undefined })}
              >
                <MarketplaceBadge marketplace={m} decorative />
                {marketplaceName(m, locale)}
                {count(m, needs?.byMarketplace[m])}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <LabelFilter itemClass={item} />
      <div className="mt-auto space-y-1 border-t border-slate-200 pt-3">
        <OnlineToggle me={me} />
        <button type="button" className={item(false)} onClick={onSnippets}>
          {t.inbox.snippets.open}
        </button>
        <button type="button" className={item(false)} onClick={onShortcuts}>
          {t.inbox.shortcuts.open}
          <kbd className="ml-auto rounded border border-slate-300 px-1 text-xs text-slate-600">?</kbd>
        </button>
      </div>
    </div>
  );
}
