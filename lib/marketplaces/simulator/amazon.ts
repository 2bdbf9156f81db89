import type { SimContext } from "@/lib/marketplaces/simulator/context";
import { recordSent } from "@/lib/marketplaces/simulator/context";
import { json, readForm, readJson, type SimRequest, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";
import type { SimModule } from "@/lib/marketplaces/simulator/module";

// Amazon SP-API Messaging v1 under /amazon and Login with Amazon (token endpoint) under /lwa.

export type AmazonState = {
  /** order id -> message types Amazon offers for it now. */
  orders: Map<string, string[]>;
  /** order id -> the buyer's locale (GetAttributes); en-US, the sandbox's answer, when not set. */
  locales: Map<string, string>;
  accessTokens: Map<string, number>;
  tokenTtlSeconds: number;
  tokenRequests: number;
};

export const AMAZON_MESSAGE_TYPES = [
  "confirmCustomizationDetails",
  "confirmDeliveryDetails",
  "legalDisclosure",
  "confirmOrderDetails",
  "confirmServiceDetails",
  "digitalAccessKey",
  "unexpectedProblem",
  "warranty",
];

export function createAmazonState(): AmazonState {
  return {
    orders: new Map([
      ["123-1234567-1234567", AMAZON_MESSAGE_TYPES],
      ["903-1671087-0812628", ["negativeFeedbackRemoval"]],
      ["111-2223334-4445556", ["confirmDeliveryDetails", "unexpectedProblem"]],
    ]),
    locales: new Map([["111-2223334-4445556", "de-DE"]]),
    accessTokens: new Map(),
    tokenTtlSeconds: 3600,
    tokenRequests: 0,
  };
}

const errors = (status: number, code: string, message: string): SimResponse =>
  json(status, { errors: [{ code, message, details: "" }] });

export function lwaModule(state: AmazonState): SimModule {
  return {
    prefix: "/lwa",
    marketplace: "amazon",
    errorBody: (status, message) =>
      json(status, { error: status === 429 ? "rate_limited" : "server_error", error_description: message }),
    rejectBody: (message) => json(400, { error: "invalid_request", error_description: message }),
    async handle(req: SimRequest, ctx: SimContext) {
      if (req.method !== "POST" || req.path !== "/auth/o2/token") return json(404, { error: "not_found" });
      state.tokenRequests += 1;
      const form = await readForm(req);
      const c = ctx.credentials.amazon;
      if (form.get("client_id") !== c.clientId || form.get("client_secret") !== c.clientSecret) {
        return json(401, { error: "invalid_client", error_description: "Client authentication failed" });
      }
      if (form.get("grant_type") !== "refresh_token" || form.get("refresh_token") !== c.refreshToken) {
        return json(400, {
          error: "invalid_grant",
          error_description: "The request has an invalid grant parameter : refresh_token",
        });
      }
      const token = `Atza|${crypto.randomUUID()}`;
      state.accessTokens.set(token, ctx.now().getTime() + state.tokenTtlSeconds * 1000);
      return json(200, {
        access_token: token,
        refresh_token: c.refreshToken,
        token_type: "bearer",
        expires_in: state.tokenTtlSeconds,
      });
    },
  };
}

function actions(orderId: string, types: string[], marketplaceId: string) {
  const href = (t: string) => `/messaging/v1/orders/${orderId}/messages/${t}?marketplaceIds=${marketplaceId}`;
  return {
    _links: {
      actions: types.map((t) => ({ href: href(t), name: t })),
      self: { href: `/messaging/v1/orders/${orderId}?marketplaceIds=${marketplaceId}` },
    },
    _embedded: {
      actions: types.map((t) => ({
        _links: {
          schema: { href: `/messaging/v1/orders/${orderId}/messages/${t}/schema`, name: t },
          self: { href: href(t), name: t },
        },
      })),
    },
  };
}

export function amazonModule(state: AmazonState): SimModule {
  return {
    prefix: "/amazon",
    marketplace: "amazon",
    errorBody: (status, message) =>
      errors(status, status === 429 ? "QuotaExceeded" : status >= 500 ? "InternalFailure" : "InvalidInput", message),
    rejectBody: (message) => errors(400, "InvalidInput", message),
    handle(req: SimRequest, ctx: SimContext) {
      const token = req.headers.get("x-amz-access-token") ?? "";
      const expires = state.accessTokens.get(token);
      if (!expires) return errors(403, "Unauthorized", "Access to requested resource is denied.");
      if (expires < ctx.now().getTime())
        return errors(403, "Unauthorized", "The access token you provided has expired.");
      const marketplaceId = req.query.get("marketplaceIds");
      if (marketplaceId !== ctx.credentials.amazon.marketplaceId)
        return errors(400, "InvalidInput", "Invalid marketplaceIds");
      const m = req.path.match(/^\/messaging\/v1\/orders\/([^/]+)(\/attributes|\/messages\/([A-Za-z]+))?$/);
      if (!m) return errors(404, "NotFound", "Resource not found");
      const orderId = decodeURIComponent(m[1]!);
      if (orderId === "123-1234567-0000000") return errors(400, "InvalidInput", "Invalid Input"); // the sandbox's own 400 case
      const types = state.orders.get(orderId);
      if (!types) return errors(404, "NotFound", `Order ${orderId} not found`);
      if (req.method === "GET" && !m[2])
        return json(200, actions(orderId, types, marketplaceId), {
          "content-type": "application/hal+json",
          "x-amzn-RateLimit-Limit": "1.0",
        });
      if (req.method === "GET" && m[2] === "/attributes")
        return json(
          200,
          { buyer: { locale: state.locales.get(orderId) ?? "en-US" } },
          { "content-type": "application/hal+json" },
        );
      const type = m[3];
      if (req.method === "POST" && type) {
        if (!types.includes(type))
          return errors(400, "InvalidInput", `Message type ${type} is not available for order ${orderId}`);
        const text = String((readJson(req) as { text?: string } | null)?.text ?? "");
        if (text.length < 1 || text.length > 2000) return errors(400, "InvalidInput", "text length must be 1..2000");
        recordSent(ctx, {
          marketplace: "amazon",
          kind: "message",
          chatId: orderId,
          text,
          extra: { messageType: type },
        });
        return json(201, {}, { "content-type": "application/hal+json" });
      }
      return errors(404, "NotFound", "Resource not found");
    },
  };
}
