// GET /api/assignment - auto-assignment switches and the team's online flags, caps and loads; PATCH - switches (owners)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { workspaceAssignmentSchema } from "@/lib/assignment/assignment-schema";
import { getAssignmentSettings } from "@/lib/assignment/get-assignment-settings";
import { updateWorkspaceAssignment } from "@/lib/assignment/update-assignment";

export const GET = withMember(async ({ member }) =>
  NextResponse.json(await getAssignmentSettings({ workspaceId: member.workspaceId })),
);

export const PATCH = withMember(
  async ({ req, member }) => {
    const update = await parseJson(req, workspaceAssignmentSchema);
    return NextResponse.json(await updateWorkspaceAssignment({ workspaceId: member.workspaceId, update }));
  },
  { role: "OWNER" },
);
