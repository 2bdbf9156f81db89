// PUT /api/labels/[id] - rename or recolour a label; DELETE - remove it from the workspace and its chats (owners)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { labelInputSchema } from "@/lib/labels/label-schema";
import { deleteLabel, saveLabel } from "@/lib/labels/save-label";
import { pathId } from "@/lib/http/route-params";

export const PUT = withMember(
  async ({ req, params, member }) => {
    const input = await parseJson(req, labelInputSchema);
    return NextResponse.json(await saveLabel({ workspaceId: member.workspaceId, labelId: pathId(params), input }));
  },
  { role: "OWNER" },
);

export const DELETE = withMember(
  async ({ params, member }) => {
    await deleteLabel({ workspaceId: member.workspaceId, labelId: pathId(params) });
    return new Response(null, { status: 204 });
  },
  { role: "OWNER" },
);
