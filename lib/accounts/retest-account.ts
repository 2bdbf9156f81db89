import { z } from "zod";
import { connectorForAccount, markAccountError } from "@/lib/accounts/account-connector";
import { DISCONNECTED_MESSAGE } from "@/lib/accounts/account-error";
import { dictionaries } from "@/lib/i18n/dictionaries";
import { ACCOUNT_VIEW_SELECT, accountView, type AccountView } from "@/lib/accounts/account-view";
import { baseUrlsInputSchema, resolveBaseUrls, storedBaseUrls } from "@/lib/accounts/base-urls";
import { CHECK_HTTP, checkCredentials, checkFailure } from "@/lib/accounts/check-credentials";
import { credentialsHint } from "@/lib/accounts/credential-fields";
import { parseCredentials } from "@/lib/accounts/parse-credentials";
import { orDuplicateAccount, refuseDuplicateAccount } from "@/lib/accounts/refuse-duplicate-account";
import { hasWebhooks, webhookSecretData } from "@/lib/accounts/webhook-secret";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { withDomainEvent } from "@/lib/events/bus";
import type { ConnectionWarning } from "@/lib/marketplaces/types";

export const retestAccountSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  /** New values for some or all fields (a new token); empty fields keep the stored ones. */
  credentials: z.record(z.string(), z.string().max(4000)).optional(),
  /** Omitted: keep; null: back to the marketplace's real hosts. */
  baseUrls: baseUrlsInputSchema.nullable().optional(),
});
export type RetestAccountInput = z.input<typeof retestAccountSchema>;

/**
 * Re-checks an account (after "needs re-auth"), optionally with a new token or base URLs, and makes it
 * active again when the marketplace accepts it. New credentials are stored only if they pass; a failing
 * re-check of unchanged settings becomes the account's status.
 */
export async function retestAccount({
  workspaceId,
  accountId,
  input: raw,
  origin,
}: {
  workspaceId: string;
  accountId: string;
  input: RetestAccountInput;
  origin: string;
}): Promise<{ account: AccountView; warnings: ConnectionWarning[] }> {
  const input = retestAccountSchema.parse(raw);
  const db = prisma();
  const account = await db.marketplaceAccount.findFirst({
    where: { id: accountId, workspaceId },
    select: { id: true, marketplace: true, credentialsEnc: true, baseUrls: true, webhookSecretEnc: true },
  });
  if (!account) throw notFound("Account not found");
  const marketplace = account.marketplace;
  const given = Object.fromEntries(Object.entries(input.credentials ?? {}).filter(([, v]) => v.trim() !== ""));
  const replacing = Object.keys(given).length > 0;
  const baseUrls =
    input.baseUrls === undefined
      ? (storedBaseUrls({ value: account.baseUrls }) ?? null)
      : resolveBaseUrls({ marketplace, baseUrls: input.baseUrls });

  let newCredentials: Record<string, unknown> | null = null;
  let warnings: ConnectionWarning[];
  let identityKey: string | null = null;
  if (replacing) {
    const stored = account.credentialsEnc
      ? (JSON.parse(decryptSecret({ ciphertext: account.credentialsEnc, key: env().APP_ENCRYPTION_KEY })) as Record<
          string,
          unknown
        >)
      : {};
    const merged = { ...Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, String(v)])), ...given };
    const checked = await checkCredentials({
      marketplace,
      credentials: parseCredentials({ marketplace, input: merged }),
      baseUrls,
    });
    newCredentials = checked.credentials;
    warnings = checked.warnings;
    // New credentials may open a seller the workspace already has as another account.
    await refuseDuplicateAccount({
      workspaceId,
      marketplace: account.marketplace,
      identityKey: checked.identity,
      exceptAccountId: accountId,
    });
    identityKey = checked.identity;
  } else {
    if (!account.credentialsEnc) {
      const [ru, en] = [dictionaries.ru.sendFailures.disconnected, dictionaries.en.sendFailures.disconnected];
      throw new AppError("unprocessable", DISCONNECTED_MESSAGE, { details: { reason: "disconnected", ru, en } });
    }
    // The account's own connector: a refresh token rotated by the check is saved right away.
    const connector = connectorForAccount({
      account: { ...account, baseUrls: baseUrls ?? null },
      runtime: { http: CHECK_HTTP },
    });
    try {
      const check = await connector.testConnection();
      warnings = check.warnings;
      // Accounts connected before identities were kept get theirs now, unless another account holds it.
      const taken = await db.marketplaceAccount.count({
        where: { workspaceId, marketplace: account.marketplace, identityKey: check.identity, id: { not: accountId } },
      });
      if (!taken) identityKey = check.identity;
    } catch (error) {
      if (input.baseUrls === undefined) await markAccountError({ accountId, error });
      throw checkFailure({ marketplace, error });
    }
  }

  const update = () =>
    withDomainEvent({ name: "accounts/account.changed", data: { workspaceId, accountId } }, (tx) =>
      tx.marketplaceAccount.update({
        where: { id: accountId, workspaceId },
        data: {
          status: "ACTIVE",
          lastError: null,
          consecutiveFailures: 0,
          nextSyncAt: null,
          ...(input.name ? { name: input.name } : {}),
          ...(identityKey ? { identityKey } : {}),
          ...(input.baseUrls !== undefined ? { baseUrls: baseUrls ?? Prisma.DbNull } : {}),
          ...(newCredentials
            ? {
                credentialsEnc: encryptSecret({
                  plaintext: JSON.stringify(newCredentials),
                  key: env().APP_ENCRYPTION_KEY,
                }),
                credentialsHint: credentialsHint({ marketplace, credentials: newCredentials }),
              }
            : {}),
          // A reconnected account gets a fresh webhook URL (disconnecting deleted the old secret).
          ...(hasWebhooks({ marketplace }) && !account.webhookSecretEnc ? webhookSecretData() : {}),
        },
        select: ACCOUNT_VIEW_SELECT,
      }),
    );
  const updated = await orDuplicateAccount({ marketplace: account.marketplace, write: update });
  return { account: accountView({ account: updated, origin, showWebhookUrl: true }), warnings };
}
