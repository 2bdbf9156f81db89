// GET /api/audit-log - the workspace's team and account-security actions, for owners
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { listAuditLog, listAuditLogSchema } from "@/lib/audit/list-audit-log";

export const GET = withMember(
  async ({ req, member }) => {
    const input = listAuditLogSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
    return NextResponse.json(await listAuditLog({ workspaceId: member.workspaceId, input }));
  },
  { role: "OWNER" },
);
