// GET/POST /api/auth/* - next-auth (credentials and, with Resend configured, email links)
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: they need the runtime environment, which `next build` does not have.
const handler = (req: NextRequest, ctx: Ctx) => NextAuth(req, ctx, authOptions());

export { handler as GET, handler as POST };
