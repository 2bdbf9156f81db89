// GET /api/reports/settings - business hours, time zone, SLA in business hours; PUT - change them (owners)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { businessHoursInputSchema } from "@/lib/reports/business-hours";
import { getBusinessHoursSettings, updateBusinessHoursSettings } from "@/lib/reports/business-hours-settings";

export const GET = withMember(async ({ member }) =>
  NextResponse.json(await getBusinessHoursSettings({ workspaceId: member.workspaceId })),
);

export const PUT = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, businessHoursInputSchema);
    return NextResponse.json(await updateBusinessHoursSettings({ workspaceId: member.workspaceId, input }));
  },
  { role: "OWNER" },
);
