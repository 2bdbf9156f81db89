// POST /api/review-integrations/[id]/test-event - run a sample event of this source through the webhook path
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { sendTestEvent } from "@/lib/review-requests/send-test-event";
import { sendTestEventSchema } from "@/lib/review-requests/test-event-schema";
import { pathId } from "@/lib/http/route-params";
import { requestLocale } from "@/lib/i18n/server";

export const POST = withMember(
  async ({ req, params, member }) => {
    const input = await parseJson(req, sendTestEventSchema);
    return NextResponse.json(
      await sendTestEvent({
        workspaceId: member.workspaceId,
        integrationId: pathId(params),
        input,
        locale: requestLocale(req),
      }),
      { status: 201 },
    );
  },
  { role: "OWNER" },
);
