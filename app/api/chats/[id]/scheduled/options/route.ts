// GET /api/chats/[id]/scheduled/options - whether the seller may write first in this chat, and the Amazon types offered now
import { NextResponse } from "next/server";
import { getProactiveOptions } from "@/lib/follow-ups/get-proactive-options";
import { withMember } from "@/lib/http/route";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ params, member }) =>
  NextResponse.json(await getProactiveOptions({ workspaceId: member.workspaceId, chatId: pathId(params) })),
);
