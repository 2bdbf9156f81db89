// GET /api/chats/[id] - one chat with its account and assignee; PATCH - resolve/reopen, assign, snooze
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { getChat } from "@/lib/inbox/get-chat";
import { chatUpdateSchema } from "@/lib/inbox/chat-update-schema";
import { updateChat } from "@/lib/inbox/update-chat";
import { pathId } from "@/lib/http/route-params";
import { requestTab } from "@/lib/http/request-tab";

export const GET = withMember(async ({ params, member }) =>
  NextResponse.json(await getChat({ workspaceId: member.workspaceId, chatId: pathId(params) })),
);

export const PATCH = withMember(async ({ req, params, member }) => {
  const update = await parseJson(req, chatUpdateSchema);
  return NextResponse.json(
    await updateChat({
      workspaceId: member.workspaceId,
      chatId: pathId(params),
      update,
      userId: member.userId,
      origin: requestTab(req),
    }),
  );
});
