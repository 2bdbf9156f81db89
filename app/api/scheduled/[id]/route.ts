// PATCH /api/scheduled/[id] - edit the text or time of a waiting message; DELETE - cancel it
import { NextResponse } from "next/server";
import { cancelScheduledMessage } from "@/lib/follow-ups/cancel-scheduled-message";
import { scheduleUpdateSchema } from "@/lib/follow-ups/schedule-input";
import { updateScheduledMessage } from "@/lib/follow-ups/update-scheduled-message";
import { wordScheduledError } from "@/lib/follow-ups/scheduled-failure-text";
import { requestLocale } from "@/lib/i18n/server";
import { parseJson, withMember } from "@/lib/http/route";
import { pathId } from "@/lib/http/route-params";

export const PATCH = withMember(async ({ req, params, member }) => {
  const update = await parseJson(req, scheduleUpdateSchema);
  return NextResponse.json(
    wordScheduledError(
      await updateScheduledMessage({ workspaceId: member.workspaceId, scheduledId: pathId(params), update }),
      requestLocale(req),
    ),
  );
});

export const DELETE = withMember(async ({ req, params, member }) =>
  NextResponse.json(
    wordScheduledError(
      await cancelScheduledMessage({ workspaceId: member.workspaceId, scheduledId: pathId(params) }),
      requestLocale(req),
    ),
  ),
);
