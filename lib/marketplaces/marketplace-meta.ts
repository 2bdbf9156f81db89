import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";
import type { MarketplaceMeta } from "@/lib/marketplaces/schemas";

/** Title, capabilities and Russian help per marketplace (each descriptor extends its meta.ts). */
export const MARKETPLACE_META: Record<Marketplace, MarketplaceMeta> = MARKETPLACE_DESCRIPTORS;
