// POST /api/password-reset/confirm - set a new password with an emailed reset token
import { NextResponse } from "next/server";
import { parseJson, withPublicForm } from "@/lib/http/route";
import { resetPassword, resetPasswordSchema } from "@/lib/account/reset-password";

export const POST = withPublicForm(async ({ req }) => {
  const input = await parseJson(req, resetPasswordSchema);
  return NextResponse.json(await resetPassword({ input }));
});
