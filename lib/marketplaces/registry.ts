import { AMAZON_DESCRIPTOR, AMAZON_MESSAGE_TYPE_LIMITS } from "@/lib/marketplaces/amazon/descriptor";
import { AVITO_DESCRIPTOR } from "@/lib/marketplaces/avito/descriptor";
import type { MarketplaceDescriptor } from "@/lib/marketplaces/descriptor";
import { MARKETPLACES, type DbMarketplace, type Marketplace } from "@/lib/marketplaces/marketplace";
import { OZON_DESCRIPTOR } from "@/lib/marketplaces/ozon/descriptor";
import { WILDBERRIES_DESCRIPTOR } from "@/lib/marketplaces/wildberries/descriptor";
import { YANDEX_MARKET_DESCRIPTOR } from "@/lib/marketplaces/yandex-market/descriptor";

// The one list of marketplaces: adding one means adding its folder with a descriptor.ts and a line here.
// Pure data (no server-only imports), so the browser may read it too.
export const MARKETPLACE_DESCRIPTORS: Record<Marketplace, MarketplaceDescriptor> = {
  wildberries: WILDBERRIES_DESCRIPTOR,
  ozon: OZON_DESCRIPTOR,
  yandex_market: YANDEX_MARKET_DESCRIPTOR,
  avito: AVITO_DESCRIPTOR,
  amazon: AMAZON_DESCRIPTOR,
};

/** Database spellings in display order (filters, pickers). */
export const DB_MARKETPLACES = MARKETPLACES.map((m) => MARKETPLACE_DESCRIPTORS[m].dbName) as [DbMarketplace, ...DbMarketplace[]];

const BY_DB_NAME = new Map<string, MarketplaceDescriptor>(MARKETPLACES.map((m) => [MARKETPLACE_DESCRIPTORS[m].dbName, MARKETPLACE_DESCRIPTORS[m]]));

export function descriptorOf({ marketplace }: { marketplace: Marketplace }): MarketplaceDescriptor {
  return MARKETPLACE_DESCRIPTORS[marketplace];
}

/** The descriptor of a database spelling (`WILDBERRIES`); throws on anything else. */
export function descriptorOfDb({ value }: { value: string }): MarketplaceDescriptor {
  const d = BY_DB_NAME.get(value);
  if (!d) throw new Error(`Unknown marketplace: ${value}`);
  return d;
}

/** The descriptor of a database spelling, or null for anything else (free-form input, old rows). */
export function findDescriptorOfDb({ value }: { value: string }): MarketplaceDescriptor | null {
  return BY_DB_NAME.get(value) ?? null;
}

/** The database spellings of the marketplaces whose descriptor satisfies `test`. */
export function dbMarketplacesWhere(test: (d: MarketplaceDescriptor) => boolean): DbMarketplace[] {
  return DB_MARKETPLACES.filter((db) => test(BY_DB_NAME.get(db)!));
}

/** The descriptor whose webhook route segment is `source`, or null. */
export function descriptorOfWebhookSource({ source }: { source: string }): MarketplaceDescriptor | null {
  return Object.values(MARKETPLACE_DESCRIPTORS).find((d) => d.webhook?.source === source) ?? null;
}

/** Every typed message a marketplace offers (today Amazon's text-only Messaging operations). */
export const MESSAGE_TYPE_NAMES = Object.keys(AMAZON_MESSAGE_TYPE_LIMITS) as [keyof typeof AMAZON_MESSAGE_TYPE_LIMITS, ...(keyof typeof AMAZON_MESSAGE_TYPE_LIMITS)[]];
