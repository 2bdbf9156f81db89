// GET /api/review-settings - review-request settings (provider keys masked); PUT - save them
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { getReviewSettings } from "@/lib/review-requests/get-review-settings";
import { updateReviewSettingsSchema } from "@/lib/review-requests/review-settings-schema";
import { updateReviewSettings } from "@/lib/review-requests/update-review-settings";

export const GET = withMember(
  async ({ member }) => NextResponse.json(await getReviewSettings({ workspaceId: member.workspaceId })),
  {
    role: "OWNER",
  },
);

export const PUT = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, updateReviewSettingsSchema);
    return NextResponse.json(await updateReviewSettings({ workspaceId: member.workspaceId, input }));
  },
  { role: "OWNER" },
);
