import {
  createMessageResponseSchema,
  amazonErrorBodySchema,
  getAttributesResponseSchema,
  lwaTokenResponseSchema,
  messagingActionsResponseSchema,
} from "@/lib/marketplaces/amazon/schemas";
import { MarketplaceAuthError, MarketplaceRequestError } from "@/lib/marketplaces/http/errors";
import { requestJson, type HttpContext, type VendorErrorDescription } from "@/lib/marketplaces/http/request";
import type { RateLimitInput } from "@/lib/marketplaces/http/rate-limit";
import type { CachedToken } from "@/lib/marketplaces/http/token-cache";

// SP-API Messaging v1 with an LWA access token in `x-amz-access-token`. `marketplaceIds` takes exactly one id.

/** Messaging usage plan: 1 request/second, burst 5 (all operations). */
export const AMAZON_RATE_LIMITS: Record<"messaging" | "lwa", RateLimitInput> = {
  messaging: { burst: 5, intervalMs: 1000 },
  lwa: { burst: 5, intervalMs: 1000 },
};

export function describeAmazonError({ body }: { body: unknown }): VendorErrorDescription | null {
  const parsed = amazonErrorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { errors, error, error_description } = parsed.data;
  if (errors?.length)
    return { message: errors.map((e) => e.message || e.code).join("; "), vendorCode: errors[0]!.code };
  if (error) return { message: error_description || error, vendorCode: error };
  return null;
}

export type AmazonApi = { ctx: HttpContext; api: string; marketplaceId: string };

export async function exchangeLwaRefreshToken({
  ctx,
  lwaUrl,
  refreshToken,
  clientId,
  clientSecret,
  now = Date.now(),
}: {
  ctx: HttpContext;
  lwaUrl: string;
  refreshToken: string;
  clientId: string;
  clientSecret: string;
  now?: number;
}): Promise<CachedToken> {
  const form = new URLSearchParams({
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: clientId,
    client_secret: clientSecret,
  });
  try {
    const res = await requestJson(
      ctx,
      { method: "POST", url: `${lwaUrl}/auth/o2/token`, urlencoded: form, bucket: "lwa", anonymous: true },
      lwaTokenResponseSchema,
    );
    return {
      accessToken: res.access_token,
      expiresAt: now + res.expires_in * 1000,
      refreshToken: res.refresh_token ?? null,
    };
  } catch (error) {
    // invalid_grant / invalid_client come back as 400 from LWA: the seller must re-authorise.
    if (error instanceof MarketplaceRequestError && (error.status === 400 || error.status === 401)) {
      throw new MarketplaceAuthError({
        marketplace: "amazon",
        status: error.status,
        message: error.vendorMessage ?? error.message,
        vendorCode: error.vendorCode,
      });
    }
    throw error;
  }
}

const orderPath = (orderId: string) => `/messaging/v1/orders/${encodeURIComponent(orderId)}`;

export function amazonGetMessagingActions({ api, orderId }: { api: AmazonApi; orderId: string }) {
  return requestJson(
    api.ctx,
    {
      method: "GET",
      url: `${api.api}${orderPath(orderId)}`,
      query: { marketplaceIds: api.marketplaceId },
      headers: { accept: "application/hal+json" },
      bucket: "messaging",
    },
    messagingActionsResponseSchema,
  );
}

/** GetAttributes: attributes of the order's buyer (their locale). */
export function amazonGetAttributes({ api, orderId }: { api: AmazonApi; orderId: string }) {
  return requestJson(
    api.ctx,
    {
      method: "GET",
      url: `${api.api}${orderPath(orderId)}/attributes`,
      query: { marketplaceIds: api.marketplaceId },
      headers: { accept: "application/hal+json" },
      bucket: "messaging",
    },
    getAttributesResponseSchema,
  );
}

/** 201 on success (body `{}`), `{errors}` otherwise. */
export function amazonCreateMessage({
  api,
  orderId,
  messageType,
  text,
}: {
  api: AmazonApi;
  orderId: string;
  messageType: string;
  text: string;
}) {
  return requestJson(
    api.ctx,
    {
      method: "POST",
      url: `${api.api}${orderPath(orderId)}/messages/${messageType}`,
      query: { marketplaceIds: api.marketplaceId },
      json: { text },
      bucket: "messaging",
      write: true,
    },
    createMessageResponseSchema,
  );
}
