import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next.js would, optionally as a signed-in user (a real session JWT). */
export async function callRoute(
  handler: Handler,
  {
    method = "GET",
    url = "http://localhost/api/test",
    params = {},
    body,
    userId,
    workspaceId,
    headers = {},
  }: {
    method?: string;
    url?: string;
    params?: Record<string, string>;
    body?: unknown;
    userId?: string;
    workspaceId?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const h = new Headers(headers);
  if (userId) {
    const token = await encode({ token: { sub: userId, workspaceId }, secret: env().NEXTAUTH_SECRET });
    // Beside any cookie the test sends (the interface language).
    h.set("cookie", [h.get("cookie"), `next-auth.session-token=${token}`].filter(Boolean).join("; "));
  }
  if (body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
  const req = new NextRequest(url, {
    method,
    headers: h,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json: json as any, headers: res.headers };
}
