import { prisma } from "@/lib/db";
import { replyRulesFor } from "@/lib/inbox/reply-rules";
import { JSON_BODY_MAX_BYTES } from "@/lib/http/read-limited-body";

// Above the largest total any marketplace accepts in one reply; the per-marketplace limits are
// checked file by file by sendReply.
export const MAX_REPLY_BODY_BYTES = 40 * 1024 * 1024;
// Multipart boundaries, part headers and the text fields around the files.
const MULTIPART_OVERHEAD_BYTES = 256 * 1024;

/**
 * How many bytes a reply to this chat may carry, read before its body: the chat's marketplace's
 * file limits (a text-only chat: a JSON body's). An unknown chat gets the largest; sendReply answers 404.
 */
export async function replyBodyLimit({
  workspaceId,
  chatId,
}: {
  workspaceId: string;
  chatId: string;
}): Promise<number> {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    select: { marketplace: true, kind: true },
  });
  if (!chat) return MAX_REPLY_BODY_BYTES;
  const files = replyRulesFor({ marketplace: chat.marketplace, kind: chat.kind }).attachments;
  if (!files) return JSON_BODY_MAX_BYTES;
  const total = files.maxTotalBytes ?? files.maxFileBytes * files.maxFilesPerMessage;
  return Math.min(MAX_REPLY_BODY_BYTES, total + MULTIPART_OVERHEAD_BYTES);
}
