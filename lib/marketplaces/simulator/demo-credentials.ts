// Credentials the simulator accepts out of the box (override with startSimulator({ credentials })).
// Shaped like each marketplace's credentials schema, so a demo account can be created with them.
export const SIM_DEMO_CREDENTIALS = {
  wildberries: { token: "sim-wb-token-0123456789" },
  ozon: { clientId: "100500", apiKey: "sim-ozon-api-key-0123" },
  yandex_market: { apiKey: "sim-ym-api-key-0123", businessId: "1001" },
  avito: { clientId: "sim-avito-client", clientSecret: "sim-avito-secret", userId: "94235311" },
  amazon: {
    refreshToken: "Atzr|sim-amazon-refresh-token",
    clientId: "amzn1.application-oa2-client.sim",
    clientSecret: "sim-amazon-client-secret",
    marketplaceId: "ATVPDKIKX0DER",
    region: "na" as const,
  },
};
export type SimCredentials = typeof SIM_DEMO_CREDENTIALS;
