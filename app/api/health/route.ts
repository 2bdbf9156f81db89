// GET /api/health - liveness and database reachability (no details)
import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute(async () => {
  await prisma().$queryRawUnsafe("SELECT 1");
  return NextResponse.json({ ok: true });
});
