// POST /api/signup - start a sign-up: email a confirmation link (same answer whether the address has an account)
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { requestLocale } from "@/lib/i18n/server";
import { SMALL_BODY_MAX_BYTES } from "@/lib/http/read-limited-body";
import { parseJson, withPublicForm } from "@/lib/http/route";
import { clientAddress } from "@/lib/auth/client-address";
import { consumeThrottle } from "@/lib/auth/throttle";
import { signUp } from "@/lib/workspace/sign-up";
import { signUpSchema } from "@/lib/account/form-schemas";

export const POST = withPublicForm(async ({ req }) => {
  const input = await parseJson(req, signUpSchema, { maxBytes: SMALL_BODY_MAX_BYTES });
  await consumeThrottle([
    { rule: "signUpAddress", key: clientAddress(req) },
    { rule: "signUpAccount", key: input.email },
  ]);
  await signUp({ input, baseUrl: env().NEXTAUTH_URL ?? req.nextUrl.origin, locale: requestLocale(req) });
  return NextResponse.json({ status: "check_email" }, { status: 202 });
});
