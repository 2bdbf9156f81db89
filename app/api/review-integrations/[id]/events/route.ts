// GET /api/review-integrations/[id]/events - the integration's last 50 webhook events and their outcome
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { listIntegrationEvents } from "@/lib/review-requests/list-review-integrations";
import { pathId } from "@/lib/http/route-params";
import { requestLocale } from "@/lib/i18n/server";

export const GET = withMember(
  async ({ req, params, member }) =>
    NextResponse.json(
      await listIntegrationEvents({
        workspaceId: member.workspaceId,
        integrationId: pathId(params),
        locale: requestLocale(req),
      }),
    ),
  { role: "OWNER" },
);
