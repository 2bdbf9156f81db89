// GET /api/chats/[id] - one chat with its account and assignee
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { getChat } from "@/lib/inbox/get-chat";

export const GET = withMember(async ({ params, member }) =>
  NextResponse.json(await getChat({ workspaceId: member.workspaceId, chatId: String(params.id) })),
);
