// DELETE /api/review-integrations/[id] - disconnect a POS/CRM source
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { deleteReviewIntegration } from "@/lib/review-requests/delete-review-integration";
import { pathId } from "@/lib/http/route-params";

export const DELETE = withMember(
  async ({ params, member }) => {
    await deleteReviewIntegration({ workspaceId: member.workspaceId, integrationId: pathId(params) });
    return new NextResponse(null, { status: 204 });
  },
  { role: "OWNER" },
);
