// DELETE /api/invites/[id] - an owner revokes an invitation that has not been accepted
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { revokeInvite } from "@/lib/team/revoke-invite";
import { pathId } from "@/lib/http/route-params";

export const DELETE = withMember(
  async ({ params, member }) => {
    await revokeInvite({
      workspaceId: member.workspaceId,
      actor: { id: member.userId, email: member.email },
      inviteId: pathId(params),
    });
    return new NextResponse(null, { status: 204 });
  },
  { role: "OWNER" },
);
