const STYLES: Record<string, { label: string; className: string }> = {
  WILDBERRIES: { label: "WB", className: "bg-wb text-white" },
  OZON: { label: "Ozon", className: "bg-ozon text-white" },
  YANDEX_MARKET: { label: "ЯМ", className: "bg-ym text-slate-900" },
  AVITO: { label: "Avito", className: "bg-avito text-white" },
  AMAZON: { label: "AMZ", className: "bg-amazon text-slate-900" },
};

export const MARKETPLACE_NAMES: Record<string, string> = {
  WILDBERRIES: "Wildberries",
  OZON: "Ozon",
  YANDEX_MARKET: "Яндекс Маркет",
  AVITO: "Авито",
  AMAZON: "Amazon",
};

export function MarketplaceBadge({ marketplace, decorative = false }: { marketplace: string; decorative?: boolean }) {
  const style = STYLES[marketplace] ?? { label: marketplace, className: "bg-slate-200" };
  const a11y = decorative ? { "aria-hidden": true } : { role: "img", "aria-label": MARKETPLACE_NAMES[marketplace] };
  return (
    <span {...a11y} title={MARKETPLACE_NAMES[marketplace]} className={`inline-flex h-5 min-w-9 items-center justify-center rounded px-1 text-[10px] font-bold ${style.className}`}>
      {style.label}
    </span>
  );
}
