// PATCH /api/members/[id] - an owner changes a member's role; DELETE - an owner removes a member
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { changeMemberRole, changeMemberRoleSchema } from "@/lib/team/change-member-role";
import { removeMember } from "@/lib/team/remove-member";
import { pathId } from "@/lib/http/route-params";

export const PATCH = withMember(
  async ({ req, params, member }) => {
    const input = await parseJson(req, changeMemberRoleSchema);
    const result = await changeMemberRole({
      workspaceId: member.workspaceId,
      actorId: member.userId,
      targetUserId: pathId(params),
      input,
    });
    return NextResponse.json(result);
  },
  { role: "OWNER" },
);

export const DELETE = withMember(
  async ({ params, member }) => {
    await removeMember({ workspaceId: member.workspaceId, actorId: member.userId, targetUserId: pathId(params) });
    return new NextResponse(null, { status: 204 });
  },
  { role: "OWNER" },
);
