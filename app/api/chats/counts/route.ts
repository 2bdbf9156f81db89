// GET /api/chats/counts - how many chats need a reply, per marketplace (polled by the filter pane)
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { countNeedsReply } from "@/lib/inbox/count-needs-reply";

export const GET = withMember(async ({ member }) =>
  NextResponse.json(await countNeedsReply({ workspaceId: member.workspaceId })),
);
