// GET /api/chats/[id]/negative-review - the negative-review case of a chat (or null) and chats it may be linked to
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { getChatNegativeReview } from "@/lib/negative-reviews/get-chat-negative-review";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ params, member }) =>
  NextResponse.json(await getChatNegativeReview({ workspaceId: member.workspaceId, chatId: pathId(params) })),
);
