// GET /api/bulk-jobs/[id] - a bulk job's progress and summary
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { getBulkJob } from "@/lib/bulk/start-bulk-job";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ params, member }) =>
  NextResponse.json(await getBulkJob({ workspaceId: member.workspaceId, jobId: pathId(params) })),
);
