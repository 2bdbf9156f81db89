import { AMAZON_META } from "@/lib/marketplaces/amazon/meta";
import { AVITO_META } from "@/lib/marketplaces/avito/meta";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { OZON_META } from "@/lib/marketplaces/ozon/meta";
import type { MarketplaceMeta } from "@/lib/marketplaces/schemas";
import { WILDBERRIES_META } from "@/lib/marketplaces/wildberries/meta";
import { YANDEX_MARKET_META } from "@/lib/marketplaces/yandex-market/meta";

/** Title, capabilities and Russian help per marketplace, without creating a connector (settings page). */
export const MARKETPLACE_META: Record<Marketplace, MarketplaceMeta> = {
  wildberries: WILDBERRIES_META,
  ozon: OZON_META,
  yandex_market: YANDEX_MARKET_META,
  avito: AVITO_META,
  amazon: AMAZON_META,
};
