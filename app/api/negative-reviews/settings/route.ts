// GET /api/negative-reviews/settings - reminder offsets; PUT - change them (owners)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { getReminderOffsets } from "@/lib/negative-reviews/get-reminder-offsets";
import { reminderOffsetsSchema } from "@/lib/negative-reviews/reminder-offsets-schema";
import { updateReminderOffsets } from "@/lib/negative-reviews/update-reminder-offsets";

export const GET = withMember(async ({ member }) =>
  NextResponse.json({ reminderOffsetsHours: await getReminderOffsets({ workspaceId: member.workspaceId }) }),
);

export const PUT = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, reminderOffsetsSchema);
    return NextResponse.json(await updateReminderOffsets({ workspaceId: member.workspaceId, input }));
  },
  { role: "OWNER" },
);
