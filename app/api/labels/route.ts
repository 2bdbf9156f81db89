// GET /api/labels - the workspace's labels with open-chat counts (every member); POST - add one (owners)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { labelInputSchema } from "@/lib/labels/label-schema";
import { listLabels } from "@/lib/labels/list-labels";
import { saveLabel } from "@/lib/labels/save-label";

export const GET = withMember(async ({ member }) =>
  NextResponse.json(await listLabels({ workspaceId: member.workspaceId })),
);

export const POST = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, labelInputSchema);
    return NextResponse.json(await saveLabel({ workspaceId: member.workspaceId, input }), { status: 201 });
  },
  { role: "OWNER" },
);
