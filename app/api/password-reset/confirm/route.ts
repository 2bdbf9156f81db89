// POST /api/password-reset/confirm - set a new password with an emailed reset token
import { NextResponse } from "next/server";
import { parseJson, withPublicForm } from "@/lib/http/route";
import { resetPassword } from "@/lib/account/reset-password";
import { resetPasswordSchema } from "@/lib/account/form-schemas";

export const POST = withPublicForm(async ({ req }) => {
  const input = await parseJson(req, resetPasswordSchema);
  return NextResponse.json(await resetPassword({ input }));
});
