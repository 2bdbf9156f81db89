"use client";

import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { AddProductForm } from "@/components/follow-ups/add-product-form";
import { MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import type { ProductSettingList } from "@/components/follow-ups/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";

/** Related products (cross-sell) and consumables with a refill period, per marketplace product. */
export function ProductSettingsForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const ts = t.followUps.settings;
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: queryKeys.productSettings(),
    queryFn: () => api<ProductSettingList>("/api/product-settings"),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: queryKeys.productSettings() });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/product-settings/${id}`, { method: "DELETE" }),
    onSettled: refresh,
  });
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
            {p.consumable ? (
              <span className="rounded bg-emerald-50 px-1.5 text-xs text-emerald-800">{`${ts.consumable}: ${p.refillDays}`}</span>
            ) : null}
            {canEdit ? (
              <Button
                type="button"
                variant="dangerGhost"
                className="ml-auto px-2 py-1 text-xs"
                onClick={() => remove.mutate(p.id)}
              >
                {ts.remove}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? <AddProductForm onSaved={refresh} /> : null}
    </div>
  );
}
