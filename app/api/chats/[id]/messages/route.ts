// GET /api/chats/[id]/messages - a page of the thread, oldest first
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/server";
import { listMessages, messageListQuerySchema } from "@/lib/inbox/list-messages";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ req, params, member }) => {
  const query = messageListQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(
    await listMessages({ workspaceId: member.workspaceId, chatId: pathId(params), query, locale: requestLocale(req) }),
  );
});
