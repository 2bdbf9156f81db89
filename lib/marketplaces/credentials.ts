import { z } from "zod";

import { amazonCredentialsSchema } from "@/lib/marketplaces/amazon/credentials";
import { avitoCredentialsSchema } from "@/lib/marketplaces/avito/credentials";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { ozonCredentialsSchema } from "@/lib/marketplaces/ozon/credentials";
import { wildberriesCredentialsSchema } from "@/lib/marketplaces/wildberries/credentials";
import { yandexMarketCredentialsSchema } from "@/lib/marketplaces/yandex-market/credentials";

// Credentials per marketplace, for the connect-account form and for decrypted account data.

export const CREDENTIALS_SCHEMAS = {
  wildberries: wildberriesCredentialsSchema,
  ozon: ozonCredentialsSchema,
  yandex_market: yandexMarketCredentialsSchema,
  avito: avitoCredentialsSchema,
  amazon: amazonCredentialsSchema,
} as const satisfies Record<Marketplace, z.ZodType>;

/** Test endpoints and demos point connectors elsewhere; each connector validates its own keys. */
const baseUrlsSchema = z.record(z.string(), z.url()).optional();

export const connectorConfigSchema = z.discriminatedUnion("marketplace", [
  z.object({ marketplace: z.literal("wildberries"), credentials: wildberriesCredentialsSchema, baseUrls: baseUrlsSchema }),
  z.object({ marketplace: z.literal("ozon"), credentials: ozonCredentialsSchema, baseUrls: baseUrlsSchema }),
  z.object({ marketplace: z.literal("yandex_market"), credentials: yandexMarketCredentialsSchema, baseUrls: baseUrlsSchema }),
  z.object({ marketplace: z.literal("avito"), credentials: avitoCredentialsSchema, baseUrls: baseUrlsSchema }),
  z.object({ marketplace: z.literal("amazon"), credentials: amazonCredentialsSchema, baseUrls: baseUrlsSchema }),
]);
export type ConnectorConfig = z.infer<typeof connectorConfigSchema>;
