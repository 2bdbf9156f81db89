// GET /api/chats - the inbox list, filtered and keyset-paginated
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { listChats } from "@/lib/inbox/list-chats";
import { wordChatPreview } from "@/lib/inbox/message-notice-text";
import { requestLocale } from "@/lib/i18n/server";

export const GET = withMember(async ({ req, member }) => {
  const query = chatListQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const list = await listChats({ workspaceId: member.workspaceId, userId: member.userId, query });
  const locale = requestLocale(req);
  return NextResponse.json({ ...list, chats: list.chats.map((chat) => wordChatPreview(chat, locale)) });
});
