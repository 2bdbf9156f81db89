// POST /api/webhooks/yandex_market/[secret]/notification - Yandex Market notification API
// (The production server answers these directly, lib/direct-answers/direct-webhooks.ts; same service, same answers.)
import { webhookRoute } from "@/lib/ingest/webhook-route";

export const POST = webhookRoute({ source: "yandex_market" });
