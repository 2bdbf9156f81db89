// POST /api/invites/accept - join a workspace with an invitation token
import { NextResponse } from "next/server";
import { SMALL_BODY_MAX_BYTES } from "@/lib/http/read-limited-body";
import { parseJson, withPublicForm } from "@/lib/http/route";
import { acceptInvite } from "@/lib/workspace/accept-invite";
import { acceptInviteSchema } from "@/lib/account/form-schemas";

export const POST = withPublicForm(async ({ req }) => {
  const input = await parseJson(req, acceptInviteSchema, { maxBytes: SMALL_BODY_MAX_BYTES });
  return NextResponse.json(await acceptInvite(input));
});
