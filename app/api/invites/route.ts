// POST /api/invites - an owner invites a member by email
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { parseJson, withMember } from "@/lib/http/route";
import { createInvite } from "@/lib/workspace/create-invite";
import { createInviteSchema } from "@/lib/workspace/invite-schema";

export const POST = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, createInviteSchema);
    const invite = await createInvite({
      workspaceId: member.workspaceId,
      invitedById: member.userId,
      baseUrl: env().NEXTAUTH_URL ?? req.nextUrl.origin,
      input,
    });
    return NextResponse.json(invite, { status: 201 });
  },
  { role: "OWNER" },
);
