// POST /api/webhook/[source] - a POS/CRM event (iiko, rkeeper, yclients, amocrm), authenticated by the integration key
import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/server";
import { receiveWebhook } from "@/lib/review-requests/receive-webhook";

export const POST = withRoute(async ({ req, params, requestId }) => {
  // Without the interface's language cookie (a POS/CRM never sends one), reasons are worded in Russian.
  const result = await receiveWebhook({ source: params.source, req, locale: requestLocale(req) });
  return NextResponse.json({ ok: true, requestId, ...result });
});
