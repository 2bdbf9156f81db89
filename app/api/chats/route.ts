// GET /api/chats - the inbox list, filtered and keyset-paginated
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { listChats } from "@/lib/inbox/list-chats";

export const GET = withMember(async ({ req, member }) => {
  const query = chatListQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await listChats({ workspaceId: member.workspaceId, userId: member.userId, query }));
});
