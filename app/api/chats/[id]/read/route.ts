// POST /api/chats/[id]/read - the operator has read the chat (here now, on the marketplace after the response)
import { NextResponse } from "next/server";
import { afterResponse } from "@/lib/http/after-response";
import { withMember } from "@/lib/http/route";
import { markChatRead } from "@/lib/inbox/mark-chat-read";
import { markReadOnMarketplace } from "@/lib/inbox/mark-read-on-marketplace";
import { pathId } from "@/lib/http/route-params";
import { requestTab } from "@/lib/http/request-tab";

export const POST = withMember(async ({ req, params, member }) => {
  const { remote } = await markChatRead({
    workspaceId: member.workspaceId,
    chatId: pathId(params),
    origin: requestTab(req),
  });
  if (remote) afterResponse(async () => void (await markReadOnMarketplace({ remote })));
  return NextResponse.json({ ok: true });
});
