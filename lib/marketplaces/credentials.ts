import { z } from "zod";

import { amazonBaseUrlsSchema, amazonCredentialsSchema } from "@/lib/marketplaces/amazon/credentials";
import { avitoBaseUrlsSchema, avitoCredentialsSchema } from "@/lib/marketplaces/avito/credentials";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { ozonBaseUrlsSchema, ozonCredentialsSchema } from "@/lib/marketplaces/ozon/credentials";
import { wildberriesBaseUrlsSchema, wildberriesCredentialsSchema } from "@/lib/marketplaces/wildberries/credentials";
import {
  yandexMarketBaseUrlsSchema,
  yandexMarketCredentialsSchema,
} from "@/lib/marketplaces/yandex_market/credentials";

// Credentials and base URLs per marketplace, for the connect-account form and for decrypted account data.
// With create-connector.ts, the server-side half of the registry (registry.ts holds the browser-safe
// descriptors): code and schemas that cannot live in plain data.

export const CREDENTIALS_SCHEMAS = {
  wildberries: wildberriesCredentialsSchema,
  ozon: ozonCredentialsSchema,
  yandex_market: yandexMarketCredentialsSchema,
  avito: avitoCredentialsSchema,
  amazon: amazonCredentialsSchema,
} as const satisfies Record<Marketplace, z.ZodType>;

/** Per-account API base URLs ("advanced" in the connect form), with each marketplace's real hosts as defaults. */
export const BASE_URLS_SCHEMAS = {
  wildberries: wildberriesBaseUrlsSchema,
  ozon: ozonBaseUrlsSchema,
  yandex_market: yandexMarketBaseUrlsSchema,
  avito: avitoBaseUrlsSchema,
  amazon: amazonBaseUrlsSchema,
} as const satisfies Record<Marketplace, z.ZodObject>;

/** Test endpoints and demos point connectors elsewhere; each connector validates its own keys. */
const baseUrlsSchema = z.record(z.string(), z.url()).optional();

export const connectorConfigSchema = z.discriminatedUnion("marketplace", [
  z.object({
    marketplace: z.literal("wildberries"),
    credentials: wildberriesCredentialsSchema,
    baseUrls: baseUrlsSchema,
  }),
  z.object({ marketplace: z.literal("ozon"), credentials: ozonCredentialsSchema, baseUrls: baseUrlsSchema }),
  z.object({
    marketplace: z.literal("yandex_market"),
    credentials: yandexMarketCredentialsSchema,
    baseUrls: baseUrlsSchema,
  }),
  z.object({ marketplace: z.literal("avito"), credentials: avitoCredentialsSchema, baseUrls: baseUrlsSchema }),
  z.object({ marketplace: z.literal("amazon"), credentials: amazonCredentialsSchema, baseUrls: baseUrlsSchema }),
]);
export type ConnectorConfig = z.infer<typeof connectorConfigSchema>;
