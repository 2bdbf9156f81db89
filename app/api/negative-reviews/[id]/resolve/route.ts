// POST /api/negative-reviews/[id]/resolve - the operator marks the case done (stops its reminders)
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { resolveNegativeReviewCase } from "@/lib/negative-reviews/resolve-negative-review-case";

export const POST = withMember(async ({ params, member }) =>
  NextResponse.json(await resolveNegativeReviewCase({ workspaceId: member.workspaceId, caseId: String(params.id), userId: member.userId })),
);
