import crypto from "node:crypto";

import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { IngestResult } from "@/lib/review-requests/ingest-webhook";
import { ingestWebhook } from "@/lib/review-requests/ingest-webhook";
import { buildSamplePayload } from "@/lib/review-requests/sample-payloads";
import { slugOfSource } from "@/lib/review-requests/source-slug";
import { sendTestEventSchema, type SendTestEventInput } from "@/lib/review-requests/test-event-schema";

export const TEST_EVENT_PHONE = "+79991234567";

/** Feeds a sample payload of the integration's source through the same path as a real webhook, marked as a test. */
export async function sendTestEvent({
  workspaceId,
  integrationId,
  input,
  locale,
}: {
  workspaceId: string;
  integrationId: string;
  input: SendTestEventInput;
  locale: Locale;
}): Promise<IngestResult> {
  const { phone, customerName } = sendTestEventSchema.parse(input);
  const integration = await prisma().reviewIntegration.findFirst({
    where: { id: integrationId, workspaceId },
    select: { id: true, workspaceId: true, source: true },
  });
  if (!integration) throw notFound("Integration not found");
  const payload = buildSamplePayload({
    slug: slugOfSource(integration.source),
    id: `test-${crypto.randomUUID()}`,
    phone: phone || TEST_EVENT_PHONE,
    customerName: customerName || "Иван",
  });
  return ingestWebhook({
    integration,
    rawBody: JSON.stringify(payload),
    contentType: "application/json",
    isTest: true,
    locale,
  });
}
