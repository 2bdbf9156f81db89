// POST /api/negative-reviews/[id]/resolve - the operator marks the case done (stops its reminders)
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { resolveNegativeReviewCase } from "@/lib/negative-reviews/resolve-negative-review-case";
import { pathId } from "@/lib/http/route-params";

export const POST = withMember(async ({ params, member }) =>
  NextResponse.json(
    await resolveNegativeReviewCase({ workspaceId: member.workspaceId, caseId: pathId(params), userId: member.userId }),
  ),
);
