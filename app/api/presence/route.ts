// POST /api/presence - the member is viewing a chat (or none), typing or not; others see it live
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { presenceInputSchema, publishPresence } from "@/lib/stream/publish-presence";

export const POST = withMember(async ({ req, member }) => {
  const input = await parseJson(req, presenceInputSchema);
  await publishPresence({ workspaceId: member.workspaceId, userId: member.userId, name: member.name || member.email, chatId: input.chatId, typing: input.typing });
  return NextResponse.json({ ok: true });
});
