// GET /api/follow-up-rules - the workspace's automatic follow-up rules; PUT - change them (owners)
import { NextResponse } from "next/server";
import { getFollowUpRules } from "@/lib/follow-ups/get-follow-up-rules";
import { followUpRulesUpdateSchema } from "@/lib/follow-ups/follow-up-rules-schema";
import { updateFollowUpRules } from "@/lib/follow-ups/update-follow-up-rules";
import { parseJson, withMember } from "@/lib/http/route";

export const GET = withMember(async ({ member }) =>
  NextResponse.json({ rules: await getFollowUpRules({ workspaceId: member.workspaceId }) }),
);

export const PUT = withMember(
  async ({ req, member }) => {
    const update = await parseJson(req, followUpRulesUpdateSchema);
    return NextResponse.json({ rules: await updateFollowUpRules({ workspaceId: member.workspaceId, update }) });
  },
  { role: "OWNER" },
);
