// POST /api/review-integrations/[id]/key - replace the webhook key (the new one is returned once)
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { regenerateIntegrationKey } from "@/lib/review-requests/regenerate-integration-key";
import { pathId } from "@/lib/http/route-params";

export const POST = withMember(
  async ({ params, member }) =>
    NextResponse.json(
      await regenerateIntegrationKey({ workspaceId: member.workspaceId, integrationId: pathId(params) }),
    ),
  { role: "OWNER" },
);
