// GET/POST /api/auth/* - next-auth (credentials and, with Resend configured, email links)
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { issuedSession, markSignedOut } from "@/lib/auth/signed-out-cookie";
import { throttleSignIn } from "@/lib/auth/throttle-sign-in";
import { SMALL_BODY_MAX_BYTES } from "@/lib/http/read-limited-body";
import { withBodyLimit } from "@/lib/http/with-body-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: they need the runtime environment, which `next build` does not have.
const nextAuth = (req: NextRequest, ctx: Ctx) => NextAuth(req, ctx, authOptions());

// next-auth reads the whole body itself: a sign-in form is a few short fields, so it gets no more. The
// limit comes first: the throttle reads the form's email too.
const handler = withBodyLimit(nextAuth, { maxBytes: SMALL_BODY_MAX_BYTES });

// Password sign-in is throttled per account and per client address (429 with Retry-After). Signing out
// marks the browser so a demo instance's automatic sign-in leaves it signed out (lib/auth/signed-out-cookie.ts).
const post = withBodyLimit(
  async (req: NextRequest, ctx: Ctx) => {
    const path = (await ctx.params).nextauth.join("/");
    if (path === "signout")
      return markSignedOut(await nextAuth(req, ctx), { signedOut: true, secure: req.nextUrl.protocol === "https:" });
    if (path !== "callback/credentials") return nextAuth(req, ctx);
    const res = await throttleSignIn(req, () => nextAuth(req, ctx));
    return issuedSession(res)
      ? markSignedOut(res, { signedOut: false, secure: req.nextUrl.protocol === "https:" })
      : res;
  },
  { maxBytes: SMALL_BODY_MAX_BYTES },
);

export { handler as GET, post as POST };
