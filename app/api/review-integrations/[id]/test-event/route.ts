// POST /api/review-integrations/[id]/test-event - run a sample event of this source through the webhook path
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { sendTestEvent, sendTestEventSchema } from "@/lib/review-requests/send-test-event";

export const POST = withMember(
  async ({ req, params, member }) => {
    const input = await parseJson(req, sendTestEventSchema);
    return NextResponse.json(await sendTestEvent({ workspaceId: member.workspaceId, integrationId: String(params.id), input }), { status: 201 });
  },
  { role: "OWNER" },
);
