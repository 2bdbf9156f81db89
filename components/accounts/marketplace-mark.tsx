import type { Marketplace } from "@/lib/marketplaces/marketplace";

const MARKS: Record<Marketplace, { label: string; className: string }> = {
  wildberries: { label: "WB", className: "bg-wb text-white" },
  ozon: { label: "Ozon", className: "bg-ozon text-white" },
  yandex_market: { label: "ЯМ", className: "bg-ym text-slate-900" },
  avito: { label: "Avito", className: "bg-avito text-white" },
  amazon: { label: "AMZ", className: "bg-amazon text-slate-900" },
};

export function MarketplaceMark({ marketplace }: { marketplace: Marketplace }) {
  const mark = MARKS[marketplace];
  return (
    <span aria-hidden className={`inline-flex h-8 w-12 shrink-0 items-center justify-center rounded-md text-xs font-bold ${mark.className}`}>
      {mark.label}
    </span>
  );
}
