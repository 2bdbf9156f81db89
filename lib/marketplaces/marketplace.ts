import { z } from "zod";

// Connector-side ids (snake case, used as object keys throughout lib/marketplaces).
export const MARKETPLACES = ["wildberries", "ozon", "yandex_market", "avito", "amazon"] as const;

export const marketplaceSchema = z.enum(MARKETPLACES);

export type Marketplace = z.infer<typeof marketplaceSchema>;

// The Prisma enum `Marketplace` spells the same five in upper case. Convert at the database edge only.
const DB_NAMES = {
  wildberries: "WILDBERRIES",
  ozon: "OZON",
  yandex_market: "YANDEX_MARKET",
  avito: "AVITO",
  amazon: "AMAZON",
} as const satisfies Record<Marketplace, string>;

export const dbMarketplaceSchema = z.enum(Object.values(DB_NAMES) as [(typeof DB_NAMES)[Marketplace], ...(typeof DB_NAMES)[Marketplace][]]);
export type DbMarketplace = z.infer<typeof dbMarketplaceSchema>;

export function marketplaceFromDb({ value }: { value: string }): Marketplace {
  const db = dbMarketplaceSchema.parse(value);
  return MARKETPLACES.find((m) => DB_NAMES[m] === db)!;
}

export function marketplaceToDb({ marketplace }: { marketplace: Marketplace }): DbMarketplace {
  return DB_NAMES[marketplace];
}
