// GET /api/notifications - the member's latest notifications and unread count; POST - mark read
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/server";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead, markReadSchema } from "@/lib/notifications/mark-notifications-read";

export const GET = withMember(async ({ req, member }) =>
  NextResponse.json(
    await listNotifications({ workspaceId: member.workspaceId, userId: member.userId, locale: requestLocale(req) }),
  ),
);

export const POST = withMember(async ({ req, member }) => {
  const input = await parseJson(req, markReadSchema);
  return NextResponse.json(
    await markNotificationsRead({ workspaceId: member.workspaceId, userId: member.userId, input }),
  );
});
