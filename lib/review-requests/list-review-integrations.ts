import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { ReviewEventView, ReviewIntegrationView } from "@/lib/review-requests/integration-view";
import { toEventView, toIntegrationView } from "@/lib/review-requests/integration-view";

export const EVENTS_SHOWN = 50;

export async function listReviewIntegrations({
  workspaceId,
}: {
  workspaceId: string;
}): Promise<{ integrations: ReviewIntegrationView[] }> {
  const rows = await prisma().reviewIntegration.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
  return { integrations: rows.map(toIntegrationView) };
}

/** The last 50 webhook events of one integration, newest first, with what became of each. */
export async function listIntegrationEvents({
  workspaceId,
  integrationId,
  locale,
}: {
  workspaceId: string;
  integrationId: string;
  locale: Locale;
}): Promise<{
  events: ReviewEventView[];
}> {
  const db = prisma();
  const integration = await db.reviewIntegration.findFirst({
    where: { id: integrationId, workspaceId },
    select: { id: true },
  });
  if (!integration) throw notFound("Integration not found");
  const rows = await db.reviewWebhookEvent.findMany({
    where: { integrationId: integration.id, workspaceId },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: EVENTS_SHOWN,
    select: {
      id: true,
      receivedAt: true,
      outcome: true,
      reason: true,
      reasonParams: true,
      isTest: true,
      details: true,
    },
  });
  return { events: rows.map((row) => toEventView(row, locale)) };
}
