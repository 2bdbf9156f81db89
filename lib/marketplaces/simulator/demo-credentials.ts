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

// A second Wildberries seller on the same simulator: connecting it beside the demo's own account is not
// a duplicate (accounts are told apart by their token), as two sellers' real tokens would be.
export const SIM_OTHER_SELLER_WB_TOKEN = "sim-wb-token-other-seller-0123";

/** The simulator's Wildberries token check: its configured seller, or the second seller above. */
export function isSimWbToken({
  credentials,
  authorization,
}: {
  credentials: SimCredentials;
  authorization: string | null;
}): boolean {
  return authorization === credentials.wildberries.token || authorization === SIM_OTHER_SELLER_WB_TOKEN;
}
