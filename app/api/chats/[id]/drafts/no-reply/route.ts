// POST /api/chats/[id]/drafts/no-reply - resolve the chat without a reply, as the draft suggested
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { resolveWithoutReply } from "@/lib/inbox/resolve-without-reply";
import { pathId } from "@/lib/http/route-params";

export const POST = withMember(async ({ params, member }) =>
  NextResponse.json(
    await resolveWithoutReply({ workspaceId: member.workspaceId, chatId: pathId(params), userId: member.userId }),
  ),
);
