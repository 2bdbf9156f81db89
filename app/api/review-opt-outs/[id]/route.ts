// DELETE /api/review-opt-outs/[id] - remove a contact from the stop list
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { removeOptOut } from "@/lib/review-requests/opt-outs";
import { pathId } from "@/lib/http/route-params";

export const DELETE = withMember(
  async ({ params, member }) => {
    await removeOptOut({ workspaceId: member.workspaceId, optOutId: pathId(params) });
    return new NextResponse(null, { status: 204 });
  },
  { role: "OWNER" },
);
