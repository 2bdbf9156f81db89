// GET /api/chats/[id]/buyer - the buyer panel: buyer, order or product, their other conversations, labels, notes, case
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { getBuyerPanel } from "@/lib/inbox/get-buyer-panel";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ params, member }) =>
  NextResponse.json(await getBuyerPanel({ workspaceId: member.workspaceId, chatId: pathId(params) })),
);
