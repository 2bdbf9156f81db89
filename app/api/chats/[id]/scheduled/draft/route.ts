// POST /api/chats/[id]/scheduled/draft - a follow-up text for the chat (AI, or the workspace's template) with guardrail findings
import { NextResponse } from "next/server";
import { draftFollowUp, followUpDraftInputSchema } from "@/lib/follow-ups/draft-follow-up";
import { parseJson, withMember } from "@/lib/http/route";
import { pathId } from "@/lib/http/route-params";

export const POST = withMember(async ({ req, params, member }) => {
  const { kind } = await parseJson(req, followUpDraftInputSchema);
  return NextResponse.json(await draftFollowUp({ workspaceId: member.workspaceId, chatId: pathId(params), kind }));
});
