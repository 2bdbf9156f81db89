// POST /api/webhooks/ozon/[secret] - Ozon push notifications
import { webhookRoute } from "@/lib/ingest/webhook-route";

export const POST = webhookRoute({
  source: "ozon",
  technicalError: (requestId) => ({ error: { code: "ERROR_UNKNOWN", message: `Internal error, request ${requestId}`, details: null } }),
});
