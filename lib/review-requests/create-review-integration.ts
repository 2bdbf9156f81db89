import { z } from "zod";

import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/is-unique-violation";
import { generateIntegrationKey, hashIntegrationKey, maskIntegrationKey } from "@/lib/review-requests/integration-key";
import type { ReviewIntegrationView } from "@/lib/review-requests/integration-view";
import { toIntegrationView } from "@/lib/review-requests/integration-view";
import { SOURCE_BY_SLUG, sourceSlugSchema } from "@/lib/review-requests/source-slug";

export const createReviewIntegrationSchema = z.object({ source: sourceSlugSchema });

/** One integration per source and workspace. The key is returned here once and only its hash is kept. */
export async function createReviewIntegration({
  workspaceId,
  input,
  key: fixedKey,
}: {
  workspaceId: string;
  input: z.input<typeof createReviewIntegrationSchema>;
  /** The demo seed's well-known keys; everyone else gets a random one. */
  key?: string;
}): Promise<{ integration: ReviewIntegrationView; key: string }> {
  const { source: slug } = createReviewIntegrationSchema.parse(input);
  const key = fixedKey ?? generateIntegrationKey({ slug });
  try {
    const row = await prisma().reviewIntegration.create({
      data: {
        workspaceId,
        source: SOURCE_BY_SLUG[slug],
        keyHash: hashIntegrationKey(key),
        keyHint: maskIntegrationKey(key),
      },
    });
    return { integration: toIntegrationView(row), key };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", "This source is already connected; regenerate its key instead");
    }
    throw error;
  }
}
