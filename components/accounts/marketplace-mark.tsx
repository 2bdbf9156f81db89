"use client";

import { marketplaceBadgeText } from "@/components/inbox/marketplace-badge";
import { useI18n } from "@/components/providers";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

export function MarketplaceMark({ marketplace }: { marketplace: Marketplace }) {
  const { locale } = useI18n();
  const { labels } = MARKETPLACE_DESCRIPTORS[marketplace];
  return (
    <span
      aria-hidden
      className={`inline-flex h-8 w-12 shrink-0 items-center justify-center rounded-md text-xs font-bold ${labels.badgeClass}`}
    >
      {marketplaceBadgeText(labels, locale)}
    </span>
  );
}
