import { createAmazonConnector } from "@/lib/marketplaces/amazon/connector";
import { createAvitoConnector } from "@/lib/marketplaces/avito/connector";
import { connectorConfigSchema, type ConnectorConfig } from "@/lib/marketplaces/credentials";
import { createOzonConnector } from "@/lib/marketplaces/ozon/connector";
import type { ConnectorRuntimeOptions, MarketplaceConnector } from "@/lib/marketplaces/types";
import { createWildberriesConnector } from "@/lib/marketplaces/wildberries/connector";
import { createYandexMarketConnector } from "@/lib/marketplaces/yandex_market/connector";

/**
 * The one place that branches on marketplace. Input is validated (credentials come decrypted from the
 * database or straight from the connect-account form), so a malformed account fails here with a ZodError.
 */
export function createConnector({
  runtime,
  ...config
}: ConnectorConfig & { runtime?: ConnectorRuntimeOptions }): MarketplaceConnector {
  const parsed = connectorConfigSchema.parse(config);
  switch (parsed.marketplace) {
    case "wildberries":
      return createWildberriesConnector({ credentials: parsed.credentials, baseUrls: parsed.baseUrls, runtime });
    case "ozon":
      return createOzonConnector({ credentials: parsed.credentials, baseUrls: parsed.baseUrls, runtime });
    case "yandex_market":
      return createYandexMarketConnector({ credentials: parsed.credentials, baseUrls: parsed.baseUrls, runtime });
    case "avito":
      return createAvitoConnector({ credentials: parsed.credentials, baseUrls: parsed.baseUrls, runtime });
    case "amazon":
      return createAmazonConnector({ credentials: parsed.credentials, baseUrls: parsed.baseUrls, runtime });
  }
}
