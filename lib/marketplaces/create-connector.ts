import { amazonIdentity, createAmazonConnector } from "@/lib/marketplaces/amazon/connector";
import { avitoIdentity, createAvitoConnector } from "@/lib/marketplaces/avito/connector";
import { connectorConfigSchema, type ConnectorConfig } from "@/lib/marketplaces/credentials";
import { createOzonConnector, ozonIdentity } from "@/lib/marketplaces/ozon/connector";
import type { ConnectorRuntimeOptions, MarketplaceConnector } from "@/lib/marketplaces/types";
import { createWildberriesConnector } from "@/lib/marketplaces/wildberries/connector";
import { createYandexMarketConnector, yandexMarketIdentity } from "@/lib/marketplaces/yandex_market/connector";
import { wbTokenIdentity } from "@/lib/marketplaces/wildberries/token-identity";

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

/**
 * The seller that credentials name without a request: the identity the connection check returns, or
 * null where only the marketplace can tell (an Avito profile without its number). The demo seed names
 * its accounts with it.
 */
export function sellerIdentityOf(config: ConnectorConfig): string | null {
  const parsed = connectorConfigSchema.parse(config);
  switch (parsed.marketplace) {
    case "wildberries":
      return wbTokenIdentity({ token: parsed.credentials.token });
    case "ozon":
      return ozonIdentity(parsed.credentials);
    case "yandex_market":
      return yandexMarketIdentity(parsed.credentials);
    case "avito":
      return parsed.credentials.userId ? avitoIdentity({ userId: parsed.credentials.userId }) : null;
    case "amazon":
      return amazonIdentity(parsed.credentials);
  }
}
