// POST /api/presence - the member is viewing a chat (or none), typing or not; others see it live
import { NextResponse } from "next/server";
import { requestTab } from "@/lib/http/request-tab";
import { parseJson, withMember } from "@/lib/http/route";
import { presenceInputSchema, publishPresence } from "@/lib/stream/publish-presence";

export const POST = withMember(async ({ req, member }) => {
  const input = await parseJson(req, presenceInputSchema);
  await publishPresence({
    workspaceId: member.workspaceId,
    userId: member.userId,
    name: member.name || member.email,
    chatId: input.chatId,
    typing: input.typing,
    tab: requestTab(req),
  });
  return NextResponse.json({ ok: true });
});
