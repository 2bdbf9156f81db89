// GET /api/chats/[id]/buyer - the buyer panel: buyer, order or product, their other conversations, labels, notes, case
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { getBuyerPanel } from "@/lib/inbox/get-buyer-panel";
import { wordChatPreview } from "@/lib/inbox/message-notice-text";
import { pathId } from "@/lib/http/route-params";
import { requestLocale } from "@/lib/i18n/server";

export const GET = withMember(async ({ req, params, member }) => {
  const panel = await getBuyerPanel({ workspaceId: member.workspaceId, chatId: pathId(params) });
  const locale = requestLocale(req);
  return NextResponse.json({ ...panel, others: panel.others?.map((chat) => wordChatPreview(chat, locale)) ?? null });
});
