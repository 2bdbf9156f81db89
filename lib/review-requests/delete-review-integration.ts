import { prisma } from "@/lib/db";
import { forgetIntegrationKeys } from "@/lib/review-requests/authenticate-webhook";
import { notFound } from "@/lib/errors";

/** Disconnects a source. Its events go with it; review requests already made stay in the log. */
export async function deleteReviewIntegration({
  workspaceId,
  integrationId,
}: {
  workspaceId: string;
  integrationId: string;
}): Promise<void> {
  const deleted = await prisma().reviewIntegration.deleteMany({ where: { id: integrationId, workspaceId } });
  if (deleted.count === 0) throw notFound("Integration not found");
  forgetIntegrationKeys({ integrationId });
}
