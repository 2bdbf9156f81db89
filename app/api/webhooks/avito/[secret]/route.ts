// POST /api/webhooks/avito/[secret] - Avito messenger webhook v3
// (The production server answers these directly, lib/direct-answers/direct-webhooks.ts; same service, same answers.)
import { webhookRoute } from "@/lib/ingest/webhook-route";

export const POST = webhookRoute({ source: "avito" });
