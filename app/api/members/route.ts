// GET /api/members - members and open invitations of the current workspace
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { listMembers } from "@/lib/workspace/list-members";

export const GET = withMember(async ({ member }) =>
  NextResponse.json(await listMembers({ workspaceId: member.workspaceId })),
);
