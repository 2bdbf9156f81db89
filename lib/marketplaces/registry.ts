import { AMAZON_DESCRIPTOR, AMAZON_MESSAGE_TYPE_LIMITS } from "@/lib/marketplaces/amazon/descriptor";
import { AVITO_DESCRIPTOR } from "@/lib/marketplaces/avito/descriptor";
import type { MarketplaceDescriptor } from "@/lib/marketplaces/descriptor";
import { MARKETPLACES, normalizeMarketplace, type Marketplace } from "@/lib/marketplaces/marketplace";
import { OZON_DESCRIPTOR } from "@/lib/marketplaces/ozon/descriptor";
import { WILDBERRIES_DESCRIPTOR } from "@/lib/marketplaces/wildberries/descriptor";
import { YANDEX_MARKET_DESCRIPTOR } from "@/lib/marketplaces/yandex_market/descriptor";

// The one list of marketplaces: adding one means adding its folder with a descriptor.ts and a line here.
// Pure data (no server-only imports), so the browser may read it too.
export const MARKETPLACE_DESCRIPTORS: Record<Marketplace, MarketplaceDescriptor> = {
  wildberries: WILDBERRIES_DESCRIPTOR,
  ozon: OZON_DESCRIPTOR,
  yandex_market: YANDEX_MARKET_DESCRIPTOR,
  avito: AVITO_DESCRIPTOR,
  amazon: AMAZON_DESCRIPTOR,
};

export function descriptorOf({ marketplace }: { marketplace: Marketplace }): MarketplaceDescriptor {
  const d = MARKETPLACE_DESCRIPTORS[marketplace];
  if (!d) throw new Error(`Unknown marketplace: ${String(marketplace).slice(0, 40)}`);
  return d;
}

/** The descriptor of a marketplace id, or null for anything else (free-form input); old spellings are read too. */
export function findDescriptor({ value }: { value: string }): MarketplaceDescriptor | null {
  const marketplace = normalizeMarketplace({ value });
  return marketplace ? MARKETPLACE_DESCRIPTORS[marketplace] : null;
}

/** The ids of the marketplaces whose descriptor satisfies `test`, in display order. */
export function marketplacesWhere(test: (d: MarketplaceDescriptor) => boolean): Marketplace[] {
  return MARKETPLACES.filter((m) => test(MARKETPLACE_DESCRIPTORS[m]));
}

/** The descriptor whose webhook route segment is `source`, or null. */
export function descriptorOfWebhookSource({ source }: { source: string }): MarketplaceDescriptor | null {
  return Object.values(MARKETPLACE_DESCRIPTORS).find((d) => d.webhook?.source === source) ?? null;
}

/** Every typed message a marketplace offers (today Amazon's text-only Messaging operations). */
export const MESSAGE_TYPE_NAMES = Object.keys(AMAZON_MESSAGE_TYPE_LIMITS) as [
  keyof typeof AMAZON_MESSAGE_TYPE_LIMITS,
  ...(keyof typeof AMAZON_MESSAGE_TYPE_LIMITS)[],
];
