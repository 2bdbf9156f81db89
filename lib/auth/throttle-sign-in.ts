import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/auth/client-address";
import { checkThrottle, clearThrottle, consumeThrottle, type ThrottleKey } from "@/lib/auth/throttle";

const emailField = z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""), z.string().max(200));

/** The sign-in page reads this from next-auth's `error`: "TooManyAttempts:<seconds>". */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

async function emailOf(req: NextRequest): Promise<string> {
  try {
    const form = await req.clone().formData();
    return emailField.parse(form.get("email"));
  } catch {
    return "";
  }
}

/**
 * Wraps next-auth's credentials callback (POST /api/auth/callback/credentials): refuses with 429 and
 * Retry-After once the account or the client address has used up its failed attempts, counts each
 * failure, and clears the account's count on success. The refusal keeps next-auth's JSON shape
 * ({ url } with an `error` parameter), so next-auth/react's signIn() reports it as an error.
 */
export async function throttleSignIn(req: NextRequest, signIn: () => Promise<Response>): Promise<Response> {
  const email = await emailOf(req);
  const keys: ThrottleKey[] = [{ rule: "signInAddress", key: clientAddress(req) }];
  if (email) keys.push({ rule: "signInAccount", key: email });
  try {
    await checkThrottle(keys);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "rate_limited") throw error;
    const seconds = (error.details as { retryAfterSeconds: number }).retryAfterSeconds;
    const url = new URL("/sign-in", req.nextUrl.origin);
    url.searchParams.set("error", `${TOO_MANY_ATTEMPTS}:${seconds}`);
    return NextResponse.json(
      { url: url.toString(), error: { code: "rate_limited", message: error.message, details: error.details } },
      { status: 429, headers: { "retry-after": String(seconds) } },
    );
  }
  const res = await signIn();
  const location = res.headers.get("location") ?? "";
  const failed = res.status === 401 || (res.status >= 300 && res.status < 400 && /[?&]error=/.test(location));
  if (failed)
    await consumeThrottle(keys).catch(() => {}); // over the limit now: the next attempt is refused
  else if (res.status === 200 && email) await clearThrottle({ rule: "signInAccount", key: email });
  return res;
}
