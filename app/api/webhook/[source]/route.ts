// POST /api/webhook/[source] - a POS/CRM event (iiko, rkeeper, yclients, amocrm), authenticated by the integration key
import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/route";
import { receiveWebhook } from "@/lib/review-requests/receive-webhook";

export const POST = withRoute(async ({ req, params, requestId }) => {
  const result = await receiveWebhook({ source: params.source, req });
  return NextResponse.json({ ok: true, requestId, ...result });
});
