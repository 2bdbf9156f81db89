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

// Other Wildberries sellers on the same simulator: any token `sim-wb-token-other-seller-<name>` opens a shop
// of its own, empty until something is written to it, so connecting one beside the demo's account imports
// nothing of the demo's (accounts are told apart by their token, as two sellers' real tokens would be).
export const SIM_OTHER_SELLER_WB_TOKEN = "sim-wb-token-other-seller-0123";
const OTHER_SELLER_PREFIX = "sim-wb-token-other-seller-";

/** Whose shop a Wildberries token opens: the configured seller's (the demo's), another seller's, or none. */
export function simWbSeller({
  credentials,
  authorization,
}: {
  credentials: SimCredentials;
  authorization: string | null;
}): { kind: "demo" } | { kind: "other"; token: string } | null {
  if (authorization === credentials.wildberries.token) return { kind: "demo" };
  if (authorization?.startsWith(OTHER_SELLER_PREFIX) && authorization.length >= OTHER_SELLER_PREFIX.length + 4)
    return { kind: "other", token: authorization };
  return null;
}

/** The shop a token opens: the configured seller's state, or another seller's own, made empty on first use. */
export function sellerShop<T>({
  seller,
  own,
  others,
  create,
}: {
  seller: NonNullable<ReturnType<typeof simWbSeller>>;
  own: T;
  others: Map<string, T>;
  create: () => T;
}): T {
  if (seller.kind === "demo") return own;
  let shop = others.get(seller.token);
  if (!shop) others.set(seller.token, (shop = create()));
  return shop;
}
