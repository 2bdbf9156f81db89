// POST /api/chats/[id]/replies - send a reply (JSON, or multipart with files); idempotent on clientRequestId
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/server";
import { wordMessage } from "@/lib/inbox/word-message";
import { parseReplyRequest } from "@/lib/inbox/parse-reply-request";
import { replyBodyLimit } from "@/lib/inbox/reply-body-limit";
import { replyInputSchema, sendReply } from "@/lib/inbox/send-reply";
import { pathId } from "@/lib/http/route-params";

export const POST = withMember(
  async ({ req, params, member }) => {
    const chatId = pathId(params);
    const maxBytes = await replyBodyLimit({ workspaceId: member.workspaceId, chatId });
    const { input, files } = await parseReplyRequest(req, replyInputSchema, { maxBytes });
    const { message, created } = await sendReply({
      ...input,
      files,
      workspaceId: member.workspaceId,
      userId: member.userId,
      chatId,
    });
    // 201 for a new reply whatever the marketplace said (message.status says it), 200 for a repeat.
    return NextResponse.json({ message: wordMessage(message, requestLocale(req)) }, { status: created ? 201 : 200 });
  },
  { accepts: ["json", "multipart"] },
);
