// GET /api/reports?from=YYYY-MM-DD&to=YYYY-MM-DD&period=day|week - the team's figures (operators: their own)
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { getReport, reportQuerySchema } from "@/lib/reports/get-report";

export const GET = withMember(async ({ req, member }) => {
  const query = reportQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(
    await getReport({ workspaceId: member.workspaceId, userId: member.userId, role: member.role, query }),
  );
});
