// GET/POST /api/auth/* - next-auth (credentials and, with Resend configured, email links)
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { throttleSignIn } from "@/lib/auth/throttle-sign-in";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: they need the runtime environment, which `next build` does not have.
const handler = (req: NextRequest, ctx: Ctx) => NextAuth(req, ctx, authOptions());

// Password sign-in is throttled per account and per client address (429 with Retry-After).
async function post(req: NextRequest, ctx: Ctx) {
  const path = (await ctx.params).nextauth.join("/");
  return path === "callback/credentials" ? throttleSignIn(req, () => handler(req, ctx)) : handler(req, ctx);
}

export { handler as GET, post as POST };
