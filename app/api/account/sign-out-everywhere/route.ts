// POST /api/account/sign-out-everywhere - end every session of the signed-in user, this one included
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { endSessions } from "@/lib/account/end-sessions";
import { clearSession } from "@/lib/auth/session-cookie";

export const POST = withMember(async ({ member }) => {
  await endSessions({ userId: member.userId });
  const res = NextResponse.json({ ok: true });
  clearSession({ res });
  return res;
});
