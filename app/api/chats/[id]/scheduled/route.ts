// GET /api/chats/[id]/scheduled - the chat's scheduled messages; POST - schedule one ("remind in N days" / "send at")
import { NextResponse } from "next/server";
import { listChatScheduledMessages } from "@/lib/follow-ups/list-chat-scheduled-messages";
import { scheduleInputSchema } from "@/lib/follow-ups/schedule-input";
import { scheduleMessage } from "@/lib/follow-ups/schedule-message";
import { wordScheduledError } from "@/lib/follow-ups/scheduled-failure-text";
import { requestLocale } from "@/lib/i18n/server";
import { parseJson, withMember } from "@/lib/http/route";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ req, params, member }) =>
  NextResponse.json(
    await listChatScheduledMessages({
      workspaceId: member.workspaceId,
      chatId: pathId(params),
      locale: requestLocale(req),
    }),
  ),
);

export const POST = withMember(async ({ req, params, member }) => {
  const input = await parseJson(req, scheduleInputSchema);
  const scheduled = await scheduleMessage({
    workspaceId: member.workspaceId,
    userId: member.userId,
    chatId: pathId(params),
    input,
  });
  return NextResponse.json(wordScheduledError(scheduled, requestLocale(req)), { status: 201 });
});
