// POST /api/password-reset - "forgot password": email a reset link (same answer whether the account exists)
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { parseJson, withPublicForm } from "@/lib/http/route";
import { clientAddress } from "@/lib/auth/client-address";
import { consumeThrottle } from "@/lib/auth/throttle";
import { requestPasswordReset } from "@/lib/account/request-password-reset";
import { requestPasswordResetSchema } from "@/lib/account/form-schemas";

export const POST = withPublicForm(async ({ req }) => {
  const input = await parseJson(req, requestPasswordResetSchema);
  await consumeThrottle([
    { rule: "resetAddress", key: clientAddress(req) },
    { rule: "resetAccount", key: input.email },
  ]);
  await requestPasswordReset({ input, baseUrl: env().NEXTAUTH_URL ?? req.nextUrl.origin });
  return NextResponse.json({ status: "check_email" }, { status: 202 });
});
