// POST /api/webhooks/yandex-market/[secret]/notification - Yandex Market notification API
import { webhookRoute } from "@/lib/ingest/webhook-route";

export const POST = webhookRoute({
  source: "yandex-market",
  technicalError: (requestId) => ({ error: { type: "UNKNOWN", message: `Internal error, request ${requestId}` } }),
});
