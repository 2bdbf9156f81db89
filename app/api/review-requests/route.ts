// GET /api/review-requests - the review-request log with filters and per-status totals (owners and operators)
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/server";
import { listReviewRequests, reviewRequestListQuerySchema } from "@/lib/review-requests/list-review-requests";

export const GET = withMember(async ({ req, member }) => {
  const query = reviewRequestListQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(
    await listReviewRequests({ workspaceId: member.workspaceId, query, locale: requestLocale(req) }),
  );
});
