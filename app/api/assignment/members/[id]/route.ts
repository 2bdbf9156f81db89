// PATCH /api/assignment/members/[id] - a member's online flag (self or owners), cap and limits (owners)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { memberAssignmentSchema } from "@/lib/assignment/assignment-schema";
import { updateMemberAssignment } from "@/lib/assignment/update-assignment";
import { pathId } from "@/lib/http/route-params";

export const PATCH = withMember(async ({ req, params, member }) => {
  const update = await parseJson(req, memberAssignmentSchema);
  const result = await updateMemberAssignment({
    workspaceId: member.workspaceId,
    actor: member,
    userId: pathId(params),
    update,
  });
  return NextResponse.json(result.settings);
});
