// POST /api/chats/[id]/replies/[messageId]/retry - send a FAILED reply again (multipart when it had files)
import { NextResponse } from "next/server";
import { z } from "zod";
import { typedMessageTypeSchema } from "@/lib/ai/types";
import { withMember } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/server";
import { wordMessage } from "@/lib/inbox/word-message";
import { parseReplyRequest } from "@/lib/inbox/parse-reply-request";
import { replyBodyLimit } from "@/lib/inbox/reply-body-limit";
import { retryReply } from "@/lib/inbox/retry-reply";
import { pathId } from "@/lib/http/route-params";

const retryInputSchema = z.object({ amazonMessageType: typedMessageTypeSchema.optional() });

export const POST = withMember(
  async ({ req, params, member }) => {
    const chatId = pathId(params);
    const maxBytes = await replyBodyLimit({ workspaceId: member.workspaceId, chatId });
    const { input, files } = await parseReplyRequest(req, retryInputSchema, { maxBytes });
    const message = await retryReply({
      ...input,
      files,
      workspaceId: member.workspaceId,
      chatId,
      messageId: pathId(params, "messageId"),
    });
    return NextResponse.json({ message: wordMessage(message, requestLocale(req)) });
  },
  { accepts: ["json", "multipart"] },
);
