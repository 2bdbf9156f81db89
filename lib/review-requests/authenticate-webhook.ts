import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReviewSource } from "@/lib/generated/prisma/enums";
import { hashIntegrationKey, keyHashesMatch } from "@/lib/review-requests/integration-key";
import { processState } from "@/lib/process-state";
import type { SourceSlug } from "@/lib/review-requests/source-slug";
import { SOURCE_BY_SLUG } from "@/lib/review-requests/source-slug";

export type WebhookIntegration = { id: string; workspaceId: string; source: ReviewSource; lastEventAt?: Date | null };

const INVALID_KEY = "Invalid or missing integration key (pass ?key=, X-Api-Key or Authorization: Bearer)";

/**
 * The integration a webhook key belongs to, for this source only. The lookup is by SHA-256 of the
 * key, so the index comparison sees digests, never the key; the final check is constant-time.
 * Missing, wrong, or another source's key: the same 401.
 */
export async function authenticateWebhook({
  slug,
  key,
}: {
  slug: SourceSlug;
  key: string | undefined;
}): Promise<WebhookIntegration> {
  if (!key) throw new AppError("unauthorized", INVALID_KEY);
  const keyHash = hashIntegrationKey(key);
  const integration = await findByKeyHash({ keyHash });
  if (!integration || !keyHashesMatch(integration.keyHash, keyHash) || integration.source !== SOURCE_BY_SLUG[slug]) {
    throw new AppError("unauthorized", INVALID_KEY);
  }
  return integration;
}

// A POS sends bursts with one key: valid keys are remembered briefly so each webhook saves a
// query. Regenerating or deleting clears this process's entry at once; another server process
// may accept a just-retired key for up to KEY_CACHE_TTL_MS. Unknown keys are never cached, so a
// new key works immediately everywhere.
const KEY_CACHE_TTL_MS = 10_000;
const keyCache = processState({
  key: "webhook-keys",
  init: () => new Map<string, { at: number; integration: WebhookIntegration & { keyHash: string } }>(),
});

async function findByKeyHash({
  keyHash,
}: {
  keyHash: string;
}): Promise<(WebhookIntegration & { keyHash: string }) | null> {
  const cached = keyCache.get(keyHash);
  if (cached && Date.now() - cached.at < KEY_CACHE_TTL_MS) return cached.integration;
  const integration = await prisma().reviewIntegration.findUnique({
    where: { keyHash },
    select: { id: true, workspaceId: true, source: true, keyHash: true, lastEventAt: true },
  });
  if (integration) keyCache.set(keyHash, { at: Date.now(), integration });
  else keyCache.delete(keyHash);
  return integration;
}

export function forgetIntegrationKeys({ integrationId }: { integrationId: string }): void {
  for (const [hash, entry] of keyCache) if (entry.integration.id === integrationId) keyCache.delete(hash);
}
