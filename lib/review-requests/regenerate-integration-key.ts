import { prisma } from "@/lib/db";
import { forgetIntegrationKeys } from "@/lib/review-requests/authenticate-webhook";
import { notFound } from "@/lib/errors";
import { generateIntegrationKey, hashIntegrationKey, maskIntegrationKey } from "@/lib/review-requests/integration-key";
import type { ReviewIntegrationView } from "@/lib/review-requests/integration-view";
import { toIntegrationView } from "@/lib/review-requests/integration-view";
import { slugOfSource } from "@/lib/review-requests/source-slug";

/** A new key replaces the old one at once: webhooks with the old key answer 401 from now on. */
export async function regenerateIntegrationKey({
  workspaceId,
  integrationId,
}: {
  workspaceId: string;
  integrationId: string;
}): Promise<{
  integration: ReviewIntegrationView;
  key: string;
}> {
  const db = prisma();
  const existing = await db.reviewIntegration.findFirst({
    where: { id: integrationId, workspaceId },
    select: { id: true, source: true },
  });
  if (!existing) throw notFound("Integration not found");
  const key = generateIntegrationKey({ slug: slugOfSource(existing.source) });
  const row = await db.reviewIntegration.update({
    where: { id: existing.id },
    data: { keyHash: hashIntegrationKey(key), keyHint: maskIntegrationKey(key) },
  });
  forgetIntegrationKeys({ integrationId: row.id });
  return { integration: toIntegrationView(row), key };
}
