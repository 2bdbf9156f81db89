// POST /api/webhooks/avito/[secret] - Avito messenger webhook v3
import { webhookRoute } from "@/lib/ingest/webhook-route";

export const POST = webhookRoute({
  source: "avito",
  technicalError: (requestId) => ({ error: { code: "internal", message: `Internal error, request ${requestId}` } }),
});
