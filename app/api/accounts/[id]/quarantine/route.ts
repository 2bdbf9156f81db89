// GET /api/accounts/[id]/quarantine - records the marketplace sent that could not be read (owners only)
import { NextResponse } from "next/server";
import { listQuarantinedRecords } from "@/lib/accounts/list-quarantined-records";
import { withMember } from "@/lib/http/route";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(
  async ({ params, member }) =>
    NextResponse.json(await listQuarantinedRecords({ workspaceId: member.workspaceId, accountId: pathId(params) })),
  { role: "OWNER" },
);
