import { z } from "zod";
import { accountErrorSchema, decodeAccountError } from "@/lib/accounts/account-error";
import { accountName, accountNameSchema } from "@/lib/accounts/account-name";
import { storedBaseUrls } from "@/lib/accounts/base-urls";
import { webhookUrl } from "@/lib/accounts/webhook-secret";
import { marketplaceSchema } from "@/lib/marketplaces/marketplace-schema";
import type { Prisma } from "@/lib/generated/prisma/client";

// What the API says about an account: never the credentials, only their masked hint.

export const accountStatusSchema = z.enum(["active", "needs_reauth", "error", "disconnected"]);
export type AccountStatus = z.infer<typeof accountStatusSchema>;

export const accountViewSchema = z.object({
  id: z.string(),
  marketplace: marketplaceSchema,
  name: accountNameSchema,
  credentialsHint: z.string(),
  status: accountStatusSchema,
  lastSyncAt: z.iso.datetime().nullable(),
  /** A code with parameters; the page puts it into words (components/accounts/account-error-text.ts). */
  lastError: accountErrorSchema.nullable(),
  /** Shown to owners only: the URL carries the secret that authenticates pushes. */
  webhookUrl: z.string().nullable(),
  baseUrls: z.record(z.string(), z.string()).nullable(),
  createdAt: z.iso.datetime(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const ACCOUNT_VIEW_SELECT = {
  id: true,
  marketplace: true,
  name: true,
  identityKey: true,
  credentialsEnc: true,
  credentialsHint: true,
  status: true,
  lastSyncAt: true,
  lastError: true,
  webhookSecretEnc: true,
  baseUrls: true,
  createdAt: true,
} as const satisfies Prisma.MarketplaceAccountSelect;

type Row = Prisma.MarketplaceAccountGetPayload<{ select: typeof ACCOUNT_VIEW_SELECT }>;

const STATUS = { ACTIVE: "active", NEEDS_REAUTH: "needs_reauth", ERROR: "error" } as const;

export function accountView({
  account,
  origin,
  showWebhookUrl,
}: {
  account: Row;
  origin: string;
  showWebhookUrl: boolean;
}): AccountView {
  const marketplace = account.marketplace;
  const disconnected = account.credentialsEnc === "";
  return {
    id: account.id,
    marketplace,
    name: accountName(account),
    credentialsHint: account.credentialsHint,
    status: disconnected ? "disconnected" : STATUS[account.status],
    lastSyncAt: account.lastSyncAt?.toISOString() ?? null,
    lastError: decodeAccountError(account.lastError),
    webhookUrl:
      showWebhookUrl && !disconnected
        ? webhookUrl({ marketplace, webhookSecretEnc: account.webhookSecretEnc, origin })
        : null,
    baseUrls: storedBaseUrls({ value: account.baseUrls }) ?? null,
    createdAt: account.createdAt.toISOString(),
  };
}
