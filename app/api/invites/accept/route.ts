// POST /api/invites/accept - join a workspace with an invitation token
import { NextResponse } from "next/server";
import { parseJson, withRoute } from "@/lib/http/route";
import { acceptInvite, acceptInviteSchema } from "@/lib/workspace/accept-invite";

export const POST = withRoute(async ({ req }) => {
  const input = await parseJson(req, acceptInviteSchema);
  return NextResponse.json(await acceptInvite(input));
});
