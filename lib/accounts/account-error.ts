import { z } from "zod";
import { MarketplaceAuthError, MarketplaceError } from "@/lib/marketplaces/http/errors";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

// An account's last error as a code with parameters (stored as JSON in MarketplaceAccount.lastError), put
// into words in the reader's language only when shown (components/accounts/account-error-text.ts). No
// exception text is stored: an error that is not the marketplace's becomes "internal" (the server logs it).

export const ACCOUNT_ERROR_CODES = [
  "auth",
  "disconnected",
  "rate_limited",
  "server",
  "timeout",
  "network",
  "refused",
  "bad_response",
  "request",
  "rejected",
  "unsupported",
  "internal",
] as const;

export const accountErrorSchema = z.object({
  code: z.enum(ACCOUNT_ERROR_CODES),
  params: z
    .object({
      /** The marketplace's HTTP status. */
      status: z.number().int().optional(),
      /** The marketplace's own words (often English): shown quoted, as the marketplace said them. */
      vendorMessage: z.string().max(300).optional(),
    })
    .default({}),
});
export type AccountError = z.infer<typeof accountErrorSchema>;

export const DISCONNECTED_MESSAGE = "account disconnected";

/** The account's keys were deleted ("Отключить"): background work treats it like a revoked token. */
export class AccountDisconnectedError extends MarketplaceAuthError {
  constructor({ marketplace }: { marketplace: Marketplace }) {
    super({ marketplace, message: DISCONNECTED_MESSAGE });
  }
}

export const DISCONNECTED: AccountError = { code: "disconnected", params: {} };

/** Why a call of this account failed, as a code with the marketplace's status and words. */
export function accountErrorOf({ error }: { error: unknown }): AccountError {
  if (error instanceof AccountDisconnectedError) return DISCONNECTED;
  if (!(error instanceof MarketplaceError)) return { code: "internal", params: {} };
  const params: AccountError["params"] = {};
  if (error.status !== null) params.status = error.status;
  // An auth refusal's message is the marketplace's own text (MarketplaceAuthError).
  const said = error.vendorMessage ?? (error instanceof MarketplaceAuthError ? error.message : null);
  if (said) params.vendorMessage = said.slice(0, 300);
  return { code: error.code, params };
}

export function encodeAccountError(error: AccountError): string {
  return JSON.stringify(error);
}

/** A stored value as a code; text stored by earlier versions is shown as the generic error, never as is. */
export function decodeAccountError(stored: string | null): AccountError | null {
  if (!stored) return null;
  try {
    const parsed = accountErrorSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: an earlier version's text
  }
  return { code: "internal", params: {} };
}
