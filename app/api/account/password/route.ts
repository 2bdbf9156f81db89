// POST /api/account/password - change one's own password (ends every other session)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { changePassword } from "@/lib/account/change-password";
import { changePasswordSchema } from "@/lib/account/form-schemas";
import { reissueSession } from "@/lib/auth/session-cookie";

export const POST = withMember(async ({ req, member }) => {
  const input = await parseJson(req, changePasswordSchema);
  const { sessionVersion } = await changePassword({ userId: member.userId, input });
  const res = NextResponse.json({ ok: true });
  await reissueSession({ req, res, sessionVersion });
  return res;
});
