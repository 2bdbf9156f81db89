// GET /api/review-integrations - connected POS/CRM sources; POST - connect one (its key is returned once)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import {
  createReviewIntegration,
  createReviewIntegrationSchema,
} from "@/lib/review-requests/create-review-integration";
import { listReviewIntegrations } from "@/lib/review-requests/list-review-integrations";

export const GET = withMember(
  async ({ member }) => NextResponse.json(await listReviewIntegrations({ workspaceId: member.workspaceId })),
  {
    role: "OWNER",
  },
);

export const POST = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, createReviewIntegrationSchema);
    return NextResponse.json(await createReviewIntegration({ workspaceId: member.workspaceId, input }), {
      status: 201,
    });
  },
  { role: "OWNER" },
);
