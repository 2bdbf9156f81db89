// GET/POST /api/auth/* - next-auth (credentials and, with Resend configured, email links)
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { throttleSignIn } from "@/lib/auth/throttle-sign-in";
import { SMALL_BODY_MAX_BYTES } from "@/lib/http/read-limited-body";
import { withBodyLimit } from "@/lib/http/with-body-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: they need the runtime environment, which `next build` does not have.
// next-auth reads the whole body itself: a sign-in form is a few short fields, so it gets no more.
const handler = withBodyLimit((req: NextRequest, ctx: Ctx) => NextAuth(req, ctx, authOptions()), { maxBytes: SMALL_BODY_MAX_BYTES });

// Password sign-in is throttled per account and per client address (429 with Retry-After).
async function post(req: NextRequest, ctx: Ctx) {
  const path = (await ctx.params).nextauth.join("/");
  return path === "callback/credentials" ? throttleSignIn(req, () => handler(req, ctx)) : handler(req, ctx);
}

export { handler as GET, post as POST };
