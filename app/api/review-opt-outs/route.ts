// GET /api/review-opt-outs - the stop list; POST - add a phone or email to it
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { addOptOut, listOptOuts } from "@/lib/review-requests/opt-outs";
import { addOptOutSchema } from "@/lib/review-requests/opt-out-schema";

export const GET = withMember(
  async ({ member }) => NextResponse.json(await listOptOuts({ workspaceId: member.workspaceId })),
  { role: "OWNER" },
);

export const POST = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, addOptOutSchema);
    return NextResponse.json(await addOptOut({ workspaceId: member.workspaceId, input }), { status: 201 });
  },
  { role: "OWNER" },
);
