// GET /api/scheduled?status= - the workspace's scheduled messages
import { NextResponse } from "next/server";
import { listScheduledMessages, scheduledListQuerySchema } from "@/lib/follow-ups/list-scheduled-messages";
import { withMember } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/server";

export const GET = withMember(async ({ req, member }) => {
  const query = scheduledListQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(
    await listScheduledMessages({ workspaceId: member.workspaceId, query, locale: requestLocale(req) }),
  );
});
