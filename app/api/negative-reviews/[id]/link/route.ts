// PATCH /api/negative-reviews/[id]/link - link the review to another chat of the account, or unlink it
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { relinkNegativeReviewCase, relinkSchema } from "@/lib/negative-reviews/relink-negative-review-case";
import { pathId } from "@/lib/http/route-params";

export const PATCH = withMember(async ({ req, params, member }) => {
  const input = await parseJson(req, relinkSchema);
  return NextResponse.json(
    await relinkNegativeReviewCase({ workspaceId: member.workspaceId, caseId: pathId(params), input }),
  );
});
