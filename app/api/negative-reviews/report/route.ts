// GET /api/negative-reviews/report?days=30 - negative-review outcomes per marketplace and per operator
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { negativeReviewReport, reportQuerySchema } from "@/lib/negative-reviews/negative-review-report";

export const GET = withMember(async ({ req, member }) => {
  const query = reportQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await negativeReviewReport({ workspaceId: member.workspaceId, query }));
});
