"use client";

import type { ApiResult } from "@/components/api/types";
import { useAccountName } from "@/components/accounts/use-account-name";
import { api } from "@/components/api/client";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useQuery } from "@tanstack/react-query";
import { useSafetyNetInterval } from "@/components/inbox/live-stream";
import { MarketplaceBadge, marketplaceName } from "@/components/inbox/marketplace-badge";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { LabelChip } from "@/components/labels/label-chip";
import { useI18n } from "@/components/providers";
import type { getBuyerPanel } from "@/lib/inbox/get-buyer-panel";
import { formatDate } from "@/lib/i18n/intl-format";

export type BuyerPanelData = ApiResult<typeof getBuyerPanel>;

const DT = "text-xs text-slate-600";
const DD = "text-sm text-slate-900 break-words";

/** The buyer beside the thread (from 2xl: narrower, the thread would be squeezed), or a sheet over it; collapsible either way. */
export function BuyerPanel({ chatId, open, onClose }: { chatId: string; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const panel = useQuery({
    queryKey: queryKeys.buyer(chatId),
    queryFn: ({ signal }) => api<BuyerPanelData>(`/api/chats/${chatId}/buyer`, { signal }),
    refetchInterval: useSafetyNetInterval(),
  });
  if (!open) return null;
  return (
    <>
      <div aria-hidden className="fixed inset-0 z-30 bg-slate-900/30 2xl:hidden" onClick={onClose} />
      <aside
        aria-label={t.ops.buyer.panel}
        data-testid="buyer-panel"
        className="fixed inset-y-0 right-0 z-40 flex w-full max-w-sm flex-col overflow-y-auto border-l border-slate-200 bg-white shadow-xl 2xl:static 2xl:z-auto 2xl:w-80 2xl:max-w-none 2xl:shrink-0 2xl:shadow-none"
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
          <h2 className="text-sm font-semibold">{t.ops.buyer.panel}</h2>
          <button
            type="button"
            className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
            onClick={onClose}
          >
            {t.ops.buyer.hide}
          </button>
        </div>
        {panel.isError ? (
          <p role="alert" className="p-4 text-sm text-red-700">
            {t.ops.buyer.loadError}
          </p>
        ) : null}
        {panel.data ? (
          <PanelBody data={panel.data} />
        ) : panel.isPending ? (
          <p className="p-4 text-sm text-slate-600">{t.inbox.loading}</p>
        ) : null}
      </aside>
    </>
  );
}

function PanelBody({ data }: { data: BuyerPanelData }) {
  const { t, locale, fmt } = useI18n();
  const nameOf = useAccountName();
  const { update } = useInboxParams();
  const b = t.ops.buyer;
  const { buyer, context: c } = data;
  const linkName = { order: b.order, product: b.product, chat: t.inbox.kind.CHAT, home: b.cabinet } as const;
  return (
    <div className="space-y-5 p-4">
      <section aria-label={b.panel}>
        <div className="flex items-center gap-2">
          <MarketplaceBadge marketplace={buyer.marketplace} />
          <span className="truncate font-semibold" data-testid="buyer-name" data-user-content>
            {buyer.name ?? "—"}
          </span>
        </div>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className={DT}>{b.marketplace}</dt>
          <dd className={DD}>
            <AccountName
              marketplace={marketplaceName(buyer.marketplace, locale)}
              account={nameOf(buyer.account, buyer.marketplace)}
            />
          </dd>
          <dt className={DT}>{b.id}</dt>
          <dd className={DD} data-testid="buyer-id">
            {buyer.buyerId ?? <span className="text-slate-600">{b.noId}</span>}
          </dd>
        </dl>
      </section>
      <section>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{b.context}</h3>
        {c.orderId || c.productId || c.productTitle || c.itemId ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {c.orderId ? (
              <>
                <dt className={DT}>{b.order}</dt>
                <dd className={DD}>{c.orderId}</dd>
              </>
            ) : null}
            {c.productTitle || c.productId || c.itemId ? (
              <>
                <dt className={DT}>{b.product}</dt>
                <dd className={DD} data-user-content>
                  {[c.productTitle, c.productId ?? c.itemId].filter(Boolean).join(" · ")}
                </dd>
              </>
            ) : null}
            {/* A state we have no words for is not shown: never the marketplace's code. */}
            {c.marketplaceStatus && t.inbox.marketplaceStatuses[c.marketplaceStatus] ? (
              <>
                <dt className={DT}>{b.status}</dt>
                <dd className={DD}>{t.inbox.marketplaceStatuses[c.marketplaceStatus]}</dd>
              </>
            ) : null}
            <dt className={DT}>{b.created}</dt>
            <dd className={DD}>{formatDate(c.createdAt, locale, "weekdayDateTime")}</dd>
            <dt className={DT}>{b.lastMessage}</dt>
            <dd className={DD}>{formatDate(c.lastMessageAt, locale, "weekdayDateTime")}</dd>
          </dl>
        ) : (
          <p className="text-sm text-slate-600">{b.noContext}</p>
        )}
        <ul className="mt-2 space-y-1">
          {c.links.map((l) => (
            <li key={l.kind}>
              <a href={l.url} target="_blank" rel="noopener noreferrer" className="text-sm text-brand-700 underline">
                {l.kind === "home" ? b.cabinet : `${linkName[l.kind]} · ${b.cabinet.toLowerCase()}`} ↗
              </a>
            </li>
          ))}
        </ul>
      </section>
      {data.negativeCase ? (
        <section className="rounded-lg bg-red-50 p-3">
          <h3 className="text-xs font-semibold tracking-wide text-red-900 uppercase">{b.negativeCase}</h3>
          <p className="text-sm text-red-900">
            {b.caseStatus[data.negativeCase.status] ?? ""} ·{" "}
            {fmt(b.rating, { n: data.negativeCase.finalRating ?? data.negativeCase.rating })}
          </p>
          {data.negativeCase.deadlineAt ? (
            <p className="text-xs text-red-900">
              {fmt(b.deadline, { time: formatDate(data.negativeCase.deadlineAt, locale, "weekdayDateTime") })}
            </p>
          ) : null}
        </section>
      ) : null}
      <section>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{b.labels}</h3>
        <div className="flex flex-wrap gap-1">
          {data.labels.length ? (
            data.labels.map((l) => <LabelChip key={l.id} name={l.name} color={l.color} />)
          ) : (
            <span className="text-sm text-slate-600">—</span>
          )}
        </div>
      </section>
      <section>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{b.other}</h3>
        {data.others === null ? <p className="text-sm text-slate-600">{b.otherUnknown}</p> : null}
        {data.others?.length === 0 ? <p className="text-sm text-slate-600">{b.noOther}</p> : null}
        <ul className="space-y-1" data-testid="buyer-others">
          {data.others?.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className="w-full rounded-md border border-slate-200 px-2 py-1.5 text-left hover:bg-slate-50"
                onClick={() => update({ chat: o.id })}
              >
                <span className="flex items-center gap-2 text-xs text-slate-600">
                  <span className="font-medium text-slate-800">{b.kinds[o.kind]}</span>
                  {o.rating ? (
                    <span role="img" aria-label={fmt(t.inbox.rating, { n: o.rating })}>
                      {"★".repeat(o.rating)}
                    </span>
                  ) : null}
                  {o.status === "RESOLVED" ? (
                    <span className="rounded bg-green-100 px-1 text-green-800">{t.inbox.resolved}</span>
                  ) : null}
                  <span className="ml-auto">{formatDate(o.lastMessageAt, locale, "weekdayDateTime")}</span>
                </span>
                <span className="block truncate text-sm text-slate-900" data-user-content>
                  {o.productTitle ?? o.lastMessagePreview}
                </span>
                <span className="block truncate text-xs text-slate-600" data-user-content>
                  {nameOf(o.account, buyer.marketplace)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{b.notes}</h3>
        {data.notes.length ? (
          <ul className="space-y-2">
            {data.notes.map((n) => (
              <li key={n.id} className="rounded-md bg-amber-50 p-2 text-sm whitespace-pre-wrap text-slate-900">
                <span data-user-content>{n.text}</span>
                <span className="mt-1 block text-xs text-slate-600">
                  <span data-user-content>{n.author?.name ?? "—"}</span> ·{" "}
                  {formatDate(n.createdAt, locale, "weekdayDateTime")}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{b.noNotes}</p>
        )}
      </section>
    </div>
  );
}

/** The account's name, after the marketplace's unless the name already says it («Wildberries · Модный дом»). */
function AccountName({ marketplace, account }: { marketplace: string; account: string }) {
  return (
    <>
      {account.toLowerCase().includes(marketplace.toLowerCase()) ? null : `${marketplace} · `}
      <span data-user-content>{account}</span>
    </>
  );
}
