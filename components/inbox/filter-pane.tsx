"use client";

import { MARKETPLACE_NAMES, MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useI18n } from "@/components/providers";

const MARKETPLACES = ["WILDBERRIES", "OZON", "YANDEX_MARKET", "AVITO", "AMAZON"] as const;
const VIEWS = ["needs_reply", "all", "mine", "resolved", "questions", "reviews"] as const;

export function FilterPane() {
  const { t } = useI18n();
  const { params, update } = useInboxParams();
  const item = (active: boolean) =>
    `flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm ${active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100"}`;
  return (
    <div className="space-y-6 p-3">
      <div>
        <h2 className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t.inbox.views}</h2>
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <button type="button" aria-pressed={params.view === v} className={item(params.view === v)} onClick={() => update({ view: v, chat: undefined })}>
                {t.inbox.view[v]}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t.inbox.marketplaces}</h2>
        <ul>
          <li>
            <button type="button" aria-pressed={!params.marketplace} className={item(!params.marketplace)} onClick={() => update({ marketplace: undefined, chat: undefined })}>
              {t.inbox.all}
            </button>
          </li>
          {MARKETPLACES.map((m) => (
            <li key={m}>
              <button type="button" aria-pressed={params.marketplace === m} className={item(params.marketplace === m)} onClick={() => update({ marketplace: m, chat: undefined })}>
                <MarketplaceBadge marketplace={m} decorative />
                {MARKETPLACE_NAMES[m]}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
