import { headers } from "next/headers";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";

/** Where the marketplaces and the browser reach this app: NEXTAUTH_URL, else the request's origin. */
export function publicOrigin({ req }: { req: NextRequest }): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : req.nextUrl.origin;
}

/** The same for a server component, from the request headers. */
export async function publicOriginForPage(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}
