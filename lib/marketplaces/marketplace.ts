// Connector-side ids (snake case, used as object keys throughout lib/marketplaces). Plain data, no zod:
// the browser's inbox imports these through the marketplace registry, and a schema library in that
// bundle would cost every page load ~30 KB of gzip for five strings.
export const MARKETPLACES = ["wildberries", "ozon", "yandex_market", "avito", "amazon"] as const;

export type Marketplace = (typeof MARKETPLACES)[number];

// The Prisma enum `Marketplace` spells the same five in upper case. Convert at the database edge only.
const DB_NAMES = {
  wildberries: "WILDBERRIES",
  ozon: "OZON",
  yandex_market: "YANDEX_MARKET",
  avito: "AVITO",
  amazon: "AMAZON",
} as const satisfies Record<Marketplace, string>;

export type DbMarketplace = (typeof DB_NAMES)[Marketplace];

export function marketplaceFromDb({ value }: { value: string }): Marketplace {
  const found = MARKETPLACES.find((m) => DB_NAMES[m] === value);
  if (!found) throw new Error(`Unknown marketplace ${JSON.stringify(value.slice(0, 40))}`);
  return found;
}

export function marketplaceToDb({ marketplace }: { marketplace: Marketplace }): DbMarketplace {
  return DB_NAMES[marketplace];
}
