// POST /api/bulk-jobs - start a bulk action (assign, resolve, snooze, label, mark read) over picked or all matching chats
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { bulkRequestSchema } from "@/lib/bulk/bulk-schema";
import { startBulkJob } from "@/lib/bulk/start-bulk-job";

// Up to 5,000 picked ids (~30 characters each): more than the default JSON limit, under the server's 1 MB.
const MAX_BYTES = 512 * 1024;

export const POST = withMember(async ({ req, member }) => {
  const request = await parseJson(req, bulkRequestSchema, { maxBytes: MAX_BYTES });
  return NextResponse.json(await startBulkJob({ workspaceId: member.workspaceId, userId: member.userId, request }), {
    status: 202,
  });
});
