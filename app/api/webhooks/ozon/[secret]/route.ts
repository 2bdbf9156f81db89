// POST /api/webhooks/ozon/[secret] - Ozon push notifications
// (The production server answers these directly, lib/direct-answers/direct-webhooks.ts; same service, same answers.)
import { webhookRoute } from "@/lib/ingest/webhook-route";

export const POST = webhookRoute({ source: "ozon" });
