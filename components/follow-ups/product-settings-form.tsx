"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useState } from "react";
import { MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import type { ProductSettingList } from "@/components/follow-ups/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACES } from "@/lib/marketplaces/marketplace";
import { findDescriptor } from "@/lib/marketplaces/registry";

const INPUT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const EMPTY = { marketplace: MARKETPLACES[0] as Marketplace, productId: "", title: "", related: "", consumable: false, refillDays: "" };

/** Related products (cross-sell) and consumables with a refill period, per marketplace product. */
export function ProductSettingsForm({ canEdit }: { canEdit: boolean }) {
  const { t, locale } = useI18n();
  const ts = t.followUps.settings;
  const qc = useQueryClient();
  const list = useQuery({ queryKey: queryKeys.productSettings(), queryFn: () => api<ProductSettingList>("/api/product-settings") });
  const [form, setForm] = useState(EMPTY);
  const refresh = () => qc.invalidateQueries({ queryKey: queryKeys.productSettings() });
  const save = useMutation({
    mutationFn: () =>
      api("/api/product-settings", { method: "POST", body: {
        marketplace: form.marketplace,
        productId: form.productId,
        title: form.title,
        relatedProducts: form.related.split(",").map((s) => s.trim()).filter(Boolean),
        consumable: form.consumable,
        refillDays: form.consumable && form.refillDays ? Number(form.refillDays) : null,
      } }),
    onSuccess: () => setForm(EMPTY),
    onSettled: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => api(`/api/product-settings/${id}`, { method: "DELETE" }), onSettled: refresh });
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{ts.productsIntro}</p>
      {list.data && !list.data.products.length ? <p className="text-sm text-slate-600">{ts.noProducts}</p> : null}
      <ul className="divide-y divide-slate-100 text-sm">
        {list.data?.products.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-2 py-2">
            <MarketplaceBadge marketplace={p.marketplace} />
            <span className="font-mono text-xs">{p.productId}</span>
            <span className="font-medium">{p.title}</span>
            {p.relatedProducts.length ? <span className="text-slate-600">→ {p.relatedProducts.join(", ")}</span> : null}
            {p.consumable ? <span className="rounded bg-emerald-50 px-1.5 text-xs text-emerald-800">{`${ts.consumable}: ${p.refillDays}`}</span> : null}
            {canEdit ? (
              <Button type="button" variant="dangerGhost" className="ml-auto px-2 py-1 text-xs" onClick={() => remove.mutate(p.id)}>
                {ts.remove}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <label className="text-xs text-slate-700">
            {ts.marketplace}
            <select className={`${INPUT} mt-1 block`} value={form.marketplace} onChange={(e) => setForm({ ...form, marketplace: e.target.value as Marketplace })}>
              {MARKETPLACES.map((m) => (
                <option key={m} value={m}>
                  {findDescriptor({ value: m })?.labels[locale] ?? m}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-slate-700">
            {ts.productId}
            <input required className={`${INPUT} mt-1 block w-32`} value={form.productId} onChange={(e) => setForm({ ...form, productId: e.target.value })} />
          </label>
          <label className="text-xs text-slate-700">
            {ts.productTitle}
            <input className={`${INPUT} mt-1 block w-44`} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          </label>
          <label className="text-xs text-slate-700">
            {ts.related}
            <input className={`${INPUT} mt-1 block w-56`} value={form.related} onChange={(e) => setForm({ ...form, related: e.target.value })} />
          </label>
          <label className="flex items-center gap-1.5 pb-2 text-sm">
            <input type="checkbox" checked={form.consumable} onChange={(e) => setForm({ ...form, consumable: e.target.checked })} />
            {ts.consumable}
          </label>
          <label className="text-xs text-slate-700">
            {ts.refillDays}
            <input type="number" min={1} max={365} disabled={!form.consumable} required={form.consumable} className={`${INPUT} mt-1 block w-24`} value={form.refillDays} onChange={(e) => setForm({ ...form, refillDays: e.target.value })} />
          </label>
          <Button type="submit" disabled={save.isPending}>
            {ts.addProduct}
          </Button>
          {save.isError ? (
            <span role="alert" className="text-sm text-red-700">
              {apiErrorText(save.error, { t, locale })}
            </span>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
