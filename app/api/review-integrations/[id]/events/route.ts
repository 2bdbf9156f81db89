// GET /api/review-integrations/[id]/events - the integration's last 50 webhook events and their outcome
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { listIntegrationEvents } from "@/lib/review-requests/list-review-integrations";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(
  async ({ params, member }) =>
    NextResponse.json(await listIntegrationEvents({ workspaceId: member.workspaceId, integrationId: pathId(params) })),
  { role: "OWNER" },
);
