import { DB_MARKETPLACES, findDescriptorOfDb } from "@/lib/marketplaces/registry";

/** Full names by database spelling (filters, titles), from the marketplaces' descriptors. */
export const MARKETPLACE_NAMES: Record<string, string> = Object.fromEntries(DB_MARKETPLACES.map((m) => [m, findDescriptorOfDb({ value: m })!.labels.ru]));

export function MarketplaceBadge({ marketplace, decorative = false }: { marketplace: string; decorative?: boolean }) {
  const labels = findDescriptorOfDb({ value: marketplace })?.labels;
  const style = labels ? { label: labels.badge, className: labels.badgeClass } : { label: marketplace, className: "bg-slate-200" };
  const a11y = decorative ? { "aria-hidden": true } : { role: "img", "aria-label": MARKETPLACE_NAMES[marketplace] };
  return (
    <span {...a11y} title={MARKETPLACE_NAMES[marketplace]} className={`inline-flex h-5 min-w-9 items-center justify-center rounded px-1 text-[10px] font-bold ${style.className}`}>
      {style.label}
    </span>
  );
}
