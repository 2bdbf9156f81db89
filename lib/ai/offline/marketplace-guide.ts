import type { Marketplace } from "@/lib/ai/types";
import type { MarketplaceGuide } from "@/lib/marketplaces/descriptor";
import { descriptorOf } from "@/lib/marketplaces/registry";

export type { MarketplaceGuide } from "@/lib/marketplaces/descriptor";

// How each marketplace lets a buyer do things lives in its descriptor (lib/marketplaces/<name>/descriptor.ts).

/** The marketplace's name as a Russian buyer or seller knows it. */
export function marketplaceName(marketplace: Marketplace): string {
  return descriptorOf({ marketplace: marketplace }).labels.ru;
}

export function guideFor(marketplace: Marketplace): MarketplaceGuide {
  return descriptorOf({ marketplace: marketplace }).guide;
}
