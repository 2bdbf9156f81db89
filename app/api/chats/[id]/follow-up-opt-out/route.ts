// PUT /api/chats/[id]/follow-up-opt-out - the buyer opted out of follow-ups in this chat (or undo); cancels what is waiting
import { NextResponse } from "next/server";
import { followUpOptOutSchema, setFollowUpOptOut } from "@/lib/follow-ups/set-follow-up-opt-out";
import { parseJson, withMember } from "@/lib/http/route";
import { pathId } from "@/lib/http/route-params";

export const PUT = withMember(async ({ req, params, member }) => {
  const { optOut } = await parseJson(req, followUpOptOutSchema);
  return NextResponse.json(
    await setFollowUpOptOut({ workspaceId: member.workspaceId, chatId: pathId(params), optOut }),
  );
});
