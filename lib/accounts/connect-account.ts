import { z } from "zod";
import { ACCOUNT_VIEW_SELECT, accountView, type AccountView } from "@/lib/accounts/account-view";
import { baseUrlsInputSchema, resolveBaseUrls } from "@/lib/accounts/base-urls";
import { checkCredentials } from "@/lib/accounts/check-credentials";
import { credentialsHint } from "@/lib/accounts/credential-fields";
import { parseCredentials } from "@/lib/accounts/parse-credentials";
import { orDuplicateAccount, refuseDuplicateAccount } from "@/lib/accounts/refuse-duplicate-account";
import { hasWebhooks, webhookSecretData } from "@/lib/accounts/webhook-secret";
import { encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import { marketplaceSchema } from "@/lib/marketplaces/marketplace-schema";
import { withDomainEvents } from "@/lib/events/bus";
import type { ConnectionWarning } from "@/lib/marketplaces/types";

export const connectAccountSchema = z.object({
  marketplace: marketplaceSchema,
  name: z.string().trim().max(100).default(""),
  credentials: z.record(z.string(), z.string().max(4000)),
  baseUrls: baseUrlsInputSchema.optional(),
});
export type ConnectAccountInput = z.input<typeof connectAccountSchema>;

/**
 * Checks the credentials with a real call to the marketplace and only then stores them, encrypted.
 * A refusal is a 422 carrying the marketplace's message; a seller account the workspace already has is
 * a 409; nothing is written either way.
 */
export async function connectAccount({
  workspaceId,
  input: raw,
  origin,
}: {
  workspaceId: string;
  input: ConnectAccountInput;
  origin: string;
}): Promise<{ account: AccountView; warnings: ConnectionWarning[] }> {
  const input = connectAccountSchema.parse(raw);
  const { marketplace } = input;
  const credentials = parseCredentials({ marketplace, input: input.credentials });
  const baseUrls = resolveBaseUrls({ marketplace, baseUrls: input.baseUrls });
  // Network call first, outside any transaction; the row is written only after it succeeded.
  const checked = await checkCredentials({ marketplace, credentials, baseUrls });
  const dbMarketplace = marketplace;
  // The seller is known only now, from the check: refuse a second connection of it (409).
  await refuseDuplicateAccount({ workspaceId, marketplace: dbMarketplace, identityKey: checked.identity });
  const create = () =>
    withDomainEvents(async (tx, publish) => {
      const account = await tx.marketplaceAccount.create({
        data: {
          workspaceId,
          marketplace: dbMarketplace,
          identityKey: checked.identity,
          name: input.name || checked.accountLabel || null,
          credentialsEnc: encryptSecret({
            plaintext: JSON.stringify(checked.credentials),
            key: env().APP_ENCRYPTION_KEY,
          }),
          credentialsHint: credentialsHint({ marketplace, credentials: checked.credentials }),
          ...(baseUrls ? { baseUrls } : {}),
          status: "ACTIVE",
          ...(hasWebhooks({ marketplace }) ? webhookSecretData() : {}),
        },
        select: ACCOUNT_VIEW_SELECT,
      });
      await publish({ name: "accounts/account.changed", data: { workspaceId, accountId: account.id } });
      return account;
    });
  const account = await orDuplicateAccount({ marketplace: dbMarketplace, write: create });
  return { account: accountView({ account, origin, showWebhookUrl: true }), warnings: checked.warnings };
}
